package dev.jpve.guest.replication;

import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.GuestConfigException;
import dev.jpve.guest.GuestVolume;
import dev.jpve.guest.GuestVolumes;
import dev.jpve.guest.VolumeKind;
import dev.jpve.guest.VolumeStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What snapshot delete and rollback must respect when a guest has local replication jobs (spec
 * guest.md 1.5.5). A guest type calls it from its {@code SnapshotHooks}:
 *
 * {@snippet :
 * public void assertNotNeededByReplication(int vmid, GuestConfig conf, ConfigSection snap, String name) {
 *     guard.assertNotNeeded(vmid, conf, snap, name);
 * }
 * public void removeReplicationBlockers(int vmid, ConfigSection snap, String name) {
 *     guard.removeBlockers(vmid, snap, name);
 * }
 * }
 */
public final class ReplicationGuard {
    /** What the guard asks the storage about the snapshots of a volume (upstream {@code PVE::Storage}). */
    public interface SnapshotStorage {
        /** The names of the volume's snapshots. */
        List<String> snapshots(String volid);

        /**
         * The snapshots that keep the volume from being rolled back to {@code snapname}
         * ({@code volume_rollback_is_possible}'s blockers); empty when the storage cannot name them.
         */
        Optional<List<String>> rollbackBlockers(String volid, String snapname);

        /** Removes one snapshot of the volume. */
        void deleteSnapshot(String volid, String snapname);
    }

    private final ReplicationConfigs jobs;
    private final VolumeKind kind;
    private final VolumeStorage storage;
    private final SnapshotStorage snapshots;
    private final Consumer<String> warnings;

    /**
     * A guard over the replication jobs in the store.
     *
     * @param warnings gets each warning line, without a trailing newline
     */
    public ReplicationGuard(ReplicationConfigs jobs, VolumeKind kind, VolumeStorage storage, SnapshotStorage snapshots,
            Consumer<String> warnings) {
        this.jobs = Objects.requireNonNull(jobs, "jobs");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /**
     * The delete guard: a snapshot whose replicatable volumes have no replication snapshot of
     * some local job yet cannot be deleted (without {@code force}).
     *
     * @param conf the guest's current config
     * @throws GuestConfigException {@code snapshot '<n>' needed by replication job '<jobid>' - run
     *     replication first}
     */
    public void assertNotNeeded(int vmid, GuestConfig conf, ConfigSection snap, String snapname) {
        List<ReplicationJob> local = localJobs(vmid);
        if (local.isEmpty()) {
            return;
        }
        Set<String> replicatable = kind.replicatableVolumes(storage, vmid, conf, false, true);
        for (GuestVolume volume : volumes(snap)) {
            if (!replicatable.contains(volume.volid())) {
                continue;
            }
            List<String> names = snapshots.snapshots(volume.volid());
            for (ReplicationJob job : local) {
                if (names.stream().noneMatch(n -> ReplicationSnapshots.isReplicationSnapshot(n, Optional.of(job.id())))) {
                    throw new GuestConfigException("snapshot '" + snapname + "' needed by replication job '" + job.id()
                            + "' - run replication first");
                }
            }
        }
    }

    /**
     * Before a rollback: replication snapshots that block it are removed, with warnings. A
     * volume blocked by another snapshot is left alone (its rollback check then fails); when the
     * storage cannot name blockers, every replication snapshot of the volume goes (upstream's
     * legacy behaviour).
     */
    public void removeBlockers(int vmid, ConfigSection snap, String snapname) {
        if (localJobs(vmid).isEmpty()) {
            return;
        }
        Set<String> replicatable = kind.replicatableVolumes(storage, vmid, GuestConfig.of(snap), false, true);
        for (GuestVolume volume : volumes(snap)) {
            String volid = volume.volid();
            if (!replicatable.contains(volid)) {
                continue;
            }
            List<String> blockers = snapshots.rollbackBlockers(volid, snapname).orElseGet(() -> snapshots.snapshots(volid)
                    .stream().filter(n -> ReplicationSnapshots.isReplicationSnapshot(n, Optional.empty())).toList());
            if (blockers.isEmpty()
                    || !blockers.stream().allMatch(n -> ReplicationSnapshots.isReplicationSnapshot(n, Optional.empty()))) {
                continue;
            }
            for (String blocker : blockers) {
                warnings.accept("WARN: removing replication snapshot '" + volid + "@" + blocker + "'");
                snapshots.deleteSnapshot(volid, blocker);
                warnings.accept("WARN: you shouldn't remove '" + snapname + "' before running the next replication!");
            }
        }
    }

    private List<ReplicationJob> localJobs(int vmid) {
        try {
            return jobs.read().listGuestsLocalReplicationJobs(vmid);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<GuestVolume> volumes(ConfigSection section) {
        return GuestVolumes.foreachVolume(kind, section);
    }
}
