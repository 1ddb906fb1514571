package dev.jpve.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The guest-type hooks of upstream's snapshot workflows (spec guest.md section 1.6), called by the
 * final engine {@link Snapshots}. Every method has upstream's default: the no-ops stay no-ops and
 * the abstract ones throw {@code abstract method - implement me}, so a guest type implements only
 * what its snapshots need. A few abstract hooks get a working default that fits most types
 * ({@link #parseVolume}, {@link #removeDriveFromSnapshot}, {@link #unusedAfterRollback}); each says so.
 */
public interface SnapshotHooks {
    /** Upstream's text of an abstract method that was not implemented. */
    String ABSTRACT = "abstract method - implement me";

    /** The keys {@link Snapshots#copyConfig} never copies, besides {@code unusedN}. */
    Set<String> COPY_EXCLUSIONS = Set.of("snapshots", "snapstate", "snaptime", "vmstate", "lock", "digest",
            "description");

    /** Create phases of {@link #volumeSnapshotsHook}. */
    enum Phase {
        /** Before the volume snapshots. */
        BEFORE("before"),
        /** After the volume snapshots, before the thaw. */
        AFTER("after"),
        /** After the thaw. */
        AFTER_UNFREEZE("after-unfreeze");

        private final String word;

        Phase(String word) {
            this.word = word;
        }

        /** Upstream's name of the phase. */
        public String word() {
            return word;
        }
    }

    /**
     * Upstream's {@code __snapshot_check_freeze_needed} result.
     *
     * @param running whether the guest runs
     * @param freeze whether its file systems are to be frozen around the volume snapshots
     */
    record FreezeDecision(boolean running, boolean freeze) {}

    /** Upstream's {@code valid_volume_keys}: the volume keys in iteration order (no {@code vmstate}). */
    List<String> volumeKeys();

    /**
     * Upstream's {@code parse_volume} with {@code noerr}: empty skips the key. Default: the volume is
     * the first comma-separated part of the value, or its {@code file=}/{@code volume=} option.
     */
    default Optional<GuestVolume> parseVolume(String key, String value) {
        String first = value.split(",", 2)[0];
        if (!first.contains("=")) {
            return first.isEmpty() ? Optional.empty() : Optional.of(new GuestVolume(key, value, first));
        }
        GuestVolume probe = new GuestVolume(key, value, "");
        return probe.option("file").or(() -> probe.option("volume"))
                .map(volid -> new GuestVolume(key, value, volid));
    }

    /** Upstream's {@code __config_max_unused_disks}; default 256 as VMs and containers. */
    default int maxUnusedDisks() {
        return 256;
    }

    /** Upstream's {@code has_feature('snapshot', ...)}; abstract upstream. */
    default boolean hasSnapshotFeature(ConfigSection conf, boolean backupOnly) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_assert_no_blockers}; default no-op. */
    default void assertNoSnapshotBlockers(ConfigSection conf, boolean saveVmstate) {}

    /** Upstream's {@code __snapshot_check_running}; abstract upstream. */
    default boolean isRunning(int vmid) {
        throw new GuestConfigException(ABSTRACT);
    }

    /**
     * Upstream's {@code __snapshot_save_vmstate}: allocates the state volume and returns the
     * snapshot section with {@code vmstate} (and what else the type records) set; abstract upstream.
     */
    default ConfigSection saveVmstate(int vmid, GuestConfig conf, String snapname, ConfigSection snap) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_check_freeze_needed}; abstract upstream. */
    default FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_freeze(vmid, 0)}; abstract upstream. */
    default void freeze(int vmid) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_freeze(vmid, 1)}; abstract upstream. */
    default void thaw(int vmid) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_activate_storages}; default no-op. */
    default void activateStorages(ConfigSection conf, boolean includeVmstate) {}

    /** Upstream's {@code __snapshot_create_vol_snapshots_hook}; default no-op. */
    default void volumeSnapshotsHook(int vmid, ConfigSection snap, boolean running, Phase phase) {}

    /** Upstream's {@code __snapshot_create_vol_snapshot}; abstract upstream. */
    default void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
        throw new GuestConfigException(ABSTRACT);
    }

    /**
     * Upstream's {@code __snapshot_delete_vol_snapshot}: deletes one volume snapshot and, on
     * success, appends the volume id to {@code unused}; abstract upstream.
     */
    default void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_delete_vmstate_file}; abstract upstream. */
    default void deleteVmstate(ConfigSection snap, boolean force) {
        throw new GuestConfigException(ABSTRACT);
    }

    /**
     * Upstream's {@code __snapshot_delete_remove_drive}, abstract upstream. Default (qemu-server's):
     * {@code vmstate} is dropped; another key is dropped and its volume, unless a CD-ROM, recorded
     * as {@code unusedN} inside the snapshot.
     */
    default ConfigSection removeDriveFromSnapshot(ConfigSection snap, String key) {
        if (!key.equals("vmstate")) {
            Optional<GuestVolume> vol = Optional.ofNullable(snap.properties().get(key))
                    .flatMap(v -> parseVolume(key, v));
            if (vol.isPresent() && !vol.get().isCdrom()) {
                snap = UnusedVolumes.add(snap, vol.get().volid(), maxUnusedDisks())
                        .map(UnusedVolumes.Added::section).orElse(snap);
            }
        }
        return snap.without(key);
    }

    /**
     * Upstream's {@code __snapshot_rollback_vol_possible}: fails when the volume cannot be rolled
     * back, naming the blocking snapshots in {@code blockers} when it can; abstract upstream.
     */
    default void assertRollbackPossible(GuestVolume volume, String snapname, List<String> blockers) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_rollback_vol_rollback}; abstract upstream. */
    default void rollbackVolume(GuestVolume volume, String snapname) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_rollback_vm_stop}; abstract upstream. */
    default void stopForRollback(int vmid) {
        throw new GuestConfigException(ABSTRACT);
    }

    /** Upstream's {@code __snapshot_rollback_vm_start}; abstract upstream. */
    default void startFromVmstate(int vmid, String vmstate, Map<String, Object> data) {
        throw new GuestConfigException(ABSTRACT);
    }

    /**
     * Upstream's {@code __snapshot_rollback_get_unused}, abstract upstream. Default (qemu-server's):
     * the volume ids attached now, CD-ROMs aside, that the snapshot does not reference.
     */
    default List<String> unusedAfterRollback(ConfigSection conf, ConfigSection snap) {
        List<String> inSnap = Snapshots.volumes(this, snap).stream().map(GuestVolume::volid).toList();
        List<String> out = new ArrayList<>();
        for (GuestVolume v : Snapshots.volumes(this, conf)) {
            if (!v.isCdrom() && !inSnap.contains(v.volid())) {
                out.add(v.volid());
            }
        }
        return out;
    }

    /**
     * Upstream's {@code __snapshot_rollback_hook}, called in both phases before the write; returns
     * the main section to write; default returns it unchanged.
     */
    default ConfigSection rollbackHook(int vmid, ConfigSection conf, ConfigSection snap, boolean prepare,
            Map<String, Object> data) {
        return conf;
    }

    /**
     * The replication guard of a delete (spec 1.5.5), run unless forced or cleaning up; default
     * no-op (no replication jobs).
     */
    default void assertNotNeededByReplication(int vmid, GuestConfig conf, ConfigSection snap, String snapname) {}

    /** Removal of replication snapshots blocking a rollback (spec 1.5.5); default no-op. */
    default void removeReplicationBlockers(int vmid, ConfigSection snap, String snapname) {}
}
