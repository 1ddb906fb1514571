package dev.jpve.guest;

import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Upstream's {@code unusedN} bookkeeping ({@code add_unused_volume}) and the template test. */
public final class UnusedVolumes {
    private UnusedVolumes() {}

    /**
     * The section with the volume recorded and the key used.
     *
     * @param section the updated section
     * @param key the {@code unusedN} key that now holds the volume
     */
    public record Added(ConfigSection section, String key) {
        /** Checks the arguments. */
        public Added {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(key, "key");
        }
    }

    /**
     * Records a detached volume in the lowest free {@code unusedN} slot; empty when a slot already
     * holds it.
     *
     * @param maxUnused how many slots the guest type has (256 for VMs and containers)
     * @throws GuestConfigException {@code Too many unused volumes - please delete them first.}
     */
    public static Optional<Added> add(ConfigSection section, String volid, int maxUnused) {
        String key = null;
        for (int i = maxUnused - 1; i >= 0; i--) {
            String slot = "unused" + i;
            String vid = section.properties().get(slot);
            if (ConfigLines.truthy(vid)) {
                if (vid.equals(volid)) {
                    return Optional.empty();
                }
            } else {
                key = slot;
            }
        }
        if (key == null) {
            throw new GuestConfigException("Too many unused volumes - please delete them first.");
        }
        return Optional.of(new Added(section.with(key, volid), key));
    }

    /** Upstream's {@code is_template}: {@code template} is set and numerically 1 (Perl's numeric reading). */
    public static boolean isTemplate(ConfigSection section) {
        String value = section.properties().get("template");
        return value != null && PerlNumeric.value(value) == 1.0;
    }

    /** The volumes of a section's {@code unusedN} keys in numeric order. */
    public static TreeMap<Integer, String> unused(ConfigSection section) {
        TreeMap<Integer, String> out = new TreeMap<>();
        section.properties().forEach((k, v) -> {
            if (k.matches("unused\\d+")) {
                out.put(Integer.parseInt(k.substring(6)), v);
            }
        });
        return out;
    }
}
