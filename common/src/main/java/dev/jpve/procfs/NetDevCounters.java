package dev.jpve.procfs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byte counters of one network interface from {@code /proc/net/dev} ({@code read_proc_net_dev}).
 *
 * @param receive bytes received
 * @param transmit bytes transmitted
 */
public record NetDevCounters(long receive, long transmit) {
    private static final Pattern LINE = Pattern.compile(
            "^\\s*([^\\s:]+):\\s*([0-9]+)(?:\\s+[0-9]+){7}\\s+([0-9]+)\\s", Pattern.MULTILINE);

    /** Parses the text of {@code /proc/net/dev}: interface name to counters, in file order. */
    public static Map<String, NetDevCounters> parse(String text) {
        Objects.requireNonNull(text, "text");
        Map<String, NetDevCounters> result = new LinkedHashMap<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            try {
                result.put(m.group(1), new NetDevCounters(Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3))));
            } catch (NumberFormatException e) {
                // a counter beyond 64 bits is not a real line; skip it
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /** Reads {@code /proc/net/dev}; an empty map when it cannot be read. */
    public static Map<String, NetDevCounters> read() {
        return ProcFiles.readAll(ProcRoot.DEFAULT.resolve("net/dev")).map(NetDevCounters::parse)
                .orElse(Map.of());
    }
}
