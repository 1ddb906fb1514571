package dev.jpve.node.app;

import dev.jpve.guest.ConfigSection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The volume values of an app config: {@code <volid>[,size=<n>]} and allocation requests. */
public final class AppVolumes {
    private static final Pattern ALLOCATION = Pattern.compile("local:(\\d+(\\.\\d+)?|dir)");

    private AppVolumes() {}

    /** The volume id of a value: its part before the first comma. */
    public static String volid(String value) {
        return value.split(",", 2)[0];
    }

    /** Whether the value asks for a new volume ({@code local:<GiB>} or {@code local:dir}). */
    public static boolean isAllocation(String value) {
        return ALLOCATION.matcher(value).matches();
    }

    /** The allocation spec after {@code local:} ({@code dir} or the size in GiB). */
    static String allocationSpec(String value) {
        return value.substring(value.indexOf(':') + 1);
    }

    /** Every volume id the section names, by key: volume keys and {@code unusedN}. */
    public static Map<String, String> volids(ConfigSection section) {
        Map<String, String> out = new LinkedHashMap<>();
        section.properties().forEach((key, value) -> {
            if (AppProperties.isVolumeKey(key) || key.matches("unused\\d+")) {
                out.put(key, volid(value));
            }
        });
        return out;
    }
}
