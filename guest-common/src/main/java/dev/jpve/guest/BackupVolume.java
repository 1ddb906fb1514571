package dev.jpve.guest;

import java.util.Objects;

/**
 * One volume as a backup sees it (upstream {@code get_backup_volumes}).
 *
 * @param key the config key
 * @param included whether the backup includes it
 * @param reason why: {@code backup=yes}, {@code backup=no}, {@code efidisk but no OVMF BIOS},
 *     {@code rootfs}, {@code not a volume}, {@code enabled} or {@code disabled}
 * @param volume the parsed volume
 */
public record BackupVolume(String key, boolean included, String reason, GuestVolume volume) {
    /** Checks the arguments. */
    public BackupVolume {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(volume, "volume");
    }
}
