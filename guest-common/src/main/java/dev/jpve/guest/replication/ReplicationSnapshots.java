package dev.jpve.guest.replication;

import java.util.Optional;

/** The names of the volume snapshots replication takes (spec guest.md 1.5.5). */
public final class ReplicationSnapshots {
    private static final String PREFIX = "__replicate_";

    private ReplicationSnapshots() {}

    /** Upstream's {@code replication_snapshot_name}: {@code __replicate_<jobid>_<lastSync>__}. */
    public static String name(String jobid, long lastSync) {
        return PREFIX + jobid + "_" + lastSync + "__";
    }

    /**
     * Upstream's {@code is_replication_snapshot}: whether the name starts with {@code __replicate_},
     * or with {@code __replicate_<jobid>} when a job is given (a prefix test, as upstream's).
     */
    public static boolean isReplicationSnapshot(String snapshotName, Optional<String> jobid) {
        return snapshotName.startsWith(PREFIX + jobid.orElse(""));
    }
}
