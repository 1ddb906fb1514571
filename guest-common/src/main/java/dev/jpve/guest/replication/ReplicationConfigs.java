package dev.jpve.guest.replication;

import dev.jpve.cluster.ConfigStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * {@code replication.cfg} in a {@link ConfigStore}: reading, writing, and the changes upstream
 * makes under the file's cluster-wide lock ({@code cfs_lock_file}).
 */
public final class ReplicationConfigs {
    private final ConfigStore store;

    /** The file of this store. */
    public ReplicationConfigs(ConfigStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Reads and parses the file; a missing file is a config without jobs. */
    public ReplicationConfig read() throws IOException {
        return store.read(ReplicationConfig.FILENAME)
                .map(raw -> ReplicationConfig.parse(new String(raw, StandardCharsets.UTF_8)))
                .orElseGet(ReplicationConfig::empty);
    }

    /** Writes the config atomically (upstream's {@code cfs_write_file}). */
    public void write(ReplicationConfig cfg) throws IOException {
        store.write(ReplicationConfig.FILENAME, cfg.write().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Upstream's {@code lock}: under the file's cluster-wide lock, reads the config, applies the
     * change and writes the result; returns it.
     *
     * @throws dev.jpve.cluster.StoreException {@code cfs-lock 'file-replication_cfg' error: <why>}
     */
    public ReplicationConfig update(UnaryOperator<ReplicationConfig> change) throws IOException {
        return store.lockFile(ReplicationConfig.FILENAME, Duration.ZERO, () -> {
            ReplicationConfig changed = change.apply(read());
            write(changed);
            return changed;
        });
    }

    /** Upstream's {@code switch_replication_job_target} (see {@link ReplicationConfig#switchReplicationJobTarget}). */
    public void switchReplicationJobTarget(int vmid, String oldTarget, String newTarget) throws IOException {
        update(cfg -> cfg.switchReplicationJobTarget(vmid, oldTarget, newTarget));
    }

    /** Upstream's {@code delete_job}: removes the job, if it exists. */
    public void deleteJob(String id) throws IOException {
        update(cfg -> cfg.without(id));
    }

    /** Upstream's {@code remove_vmid_jobs}: removes every job of the guest. */
    public void removeVmidJobs(int vmid) throws IOException {
        update(cfg -> cfg.withoutGuest(vmid));
    }
}
