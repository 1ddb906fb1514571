package dev.jpve.guest;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A guest type's volumes (spec guest.md 1.4): its volume keys in order, how a value parses into a
 * volume, and its rules for storage features, replication and backups. Implemented for VMs
 * ({@link #qemu()}) and containers ({@link #lxc()}); the generic iteration is {@link GuestVolumes}.
 */
public sealed interface VolumeKind permits QemuVolumes, LxcVolumes {
    /** qemu-server's drives. */
    static VolumeKind qemu() {
        return QemuVolumes.INSTANCE;
    }

    /** pve-container's mount points. */
    static VolumeKind lxc() {
        return LxcVolumes.INSTANCE;
    }

    /** Upstream's {@code valid_volume_keys}: the volume keys in iteration order. */
    List<String> volumeKeys();

    /** Upstream's {@code parse_volume} with {@code noerr}: empty when the value does not parse. */
    Optional<GuestVolume> parseVolume(String key, String value);

    /**
     * Upstream's {@code parse_volume} without {@code noerr}.
     *
     * @throws GuestConfigException VM: {@code unable to parse volume}; container:
     *     {@code parse_volume - unknown type: <key>} for a key that is no volume
     */
    GuestVolume parseVolumeStrict(String key, String value);

    /** Upstream's {@code __config_max_unused_disks}: 256 for both types. */
    default int maxUnusedDisks() {
        return 256;
    }

    /**
     * Upstream's {@code has_feature}: whether every relevant volume of the section supports the
     * storage feature. VM: CD-ROMs are skipped, and with {@code backupOnly} drives with
     * {@code backup=0}; container: with {@code backupOnly} mount points not in backups are skipped,
     * and {@code copy}/{@code clone} ask for the target formats {@code raw} and {@code subvol}.
     */
    boolean hasFeature(String feature, ConfigSection conf, VolumeStorage storage, Optional<String> snapname,
            boolean running, boolean backupOnly);

    /**
     * Upstream's {@code get_replicatable_volumes}: the local volumes of the guest that replication
     * copies (from the main section, the snapshots, the unused volumes; VM also pending and
     * {@code vmstate}).
     *
     * @param cleanup also volumes with {@code replicate=0}, and skip instead of failing
     * @param noerr skip instead of failing
     * @throws GuestConfigException {@code unable to replicate local file/device '<x>'},
     *     {@code unable to replicate mountpoint type '<t>'}, {@code unable to replicate volume
     *     '<v>', type '<t>'}, {@code missing replicate feature on volume '<v>'}
     */
    Set<String> replicatableVolumes(VolumeStorage storage, int vmid, GuestConfig conf, boolean cleanup,
            boolean noerr);

    /** Upstream's {@code get_backup_volumes}: every volume of the main section with its backup decision. */
    List<BackupVolume> backupVolumes(ConfigSection conf);
}
