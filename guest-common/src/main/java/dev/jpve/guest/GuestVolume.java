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

    /**
     * A boolean option as upstream's property strings read it ({@code 1}/{@code on}/{@code yes}/
     * {@code true} and {@code 0}/{@code off}/{@code no}/{@code false}, any case); empty when not set.
     */
    public java.util.Optional<Boolean> flag(String name) {
        return option(name).map(v -> v.matches("(?i)1|on|yes|true"));
    }

    /**
     * A container mount point's type (upstream {@code classify_mountpoint}): {@code device} for a
     * path under {@code /dev/}, {@code bind} for another absolute path, else {@code volume}.
     */
    public String mountType() {
        if (volid.startsWith("/")) {
            return volid.startsWith("/dev/") ? "device" : "bind";
        }
        return "volume";
    }

    /**
     * The value with another volume id: in place of the leading volume part, or of the
     * {@code file=}/{@code volume=} option holding it.
     */
    public String valueWithVolid(String newVolid) {
        String[] parts = value.split(",", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && !parts[0].contains("=") && parts[0].equals(volid)) {
                parts[0] = newVolid;
                return String.join(",", parts);
            }
            if (parts[i].equals("file=" + volid) || parts[i].equals("volume=" + volid)) {
                parts[i] = parts[i].substring(0, parts[i].indexOf('=') + 1) + newVolid;
                return String.join(",", parts);
            }
        }
        return value;
    }

    /** Whether this is a CD-ROM drive ({@code media=cdrom}); such volumes are never unused. */
    public boolean isCdrom() {
        return option("media").filter("cdrom"::equals).isPresent();
    }
}
