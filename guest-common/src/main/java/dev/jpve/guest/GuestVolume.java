package dev.jpve.guest;

import java.util.Objects;

/**
 * One volume of a config section as the snapshot engine sees it (upstream's parsed drive or
 * mount point handed to the snapshot hooks).
 *
 * @param key the config key ({@code scsi0}, {@code rootfs}, {@code mp1}, ...)
 * @param value the value as written in the file
 * @param volid the volume id (upstream's {@code volid_key} field of the parsed volume)
 */
public record GuestVolume(String key, String value, String volid) {
    /** Checks the arguments. */
    public GuestVolume {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(volid, "volid");
    }

    /**
     * The value of a {@code name=value} option after the first comma-separated part, if present.
     * The first part, when it has no {@code =}, is the volume itself.
     */
    public java.util.Optional<String> option(String name) {
        String[] parts = value.split(",");
        for (int i = 0; i < parts.length; i++) {
            int eq = parts[i].indexOf('=');
            if (eq > 0 && parts[i].substring(0, eq).equals(name)) {
                return java.util.Optional.of(parts[i].substring(eq + 1));
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether this is a CD-ROM drive ({@code media=cdrom}); such volumes are never unused. */
    public boolean isCdrom() {
        return option("media").filter("cdrom"::equals).isPresent();
    }
}
