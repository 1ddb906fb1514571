package dev.jpve.cluster;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.Map;
import java.util.Optional;

/**
 * The cluster configuration store: what upstream reaches through pmxcfs at {@code /etc/pve}.
 * Paths are relative to the store root ({@code nodes/pve1/qemu-server/100.conf}); writes are atomic
 * (a reader sees the old or the new file, never a mix). The node in a guest's path is its owner:
 * only that node writes or destroys the config.
 */
public interface ConfigStore {
    /** The name of the node this store acts as. */
    String localNode();

    /** The file's bytes, empty when it does not exist. */
    Optional<byte[]> read(String path) throws IOException;

    /** Replaces the file atomically, creating parent directories as needed. */
    void write(String path, byte[] data) throws IOException;

    /** The VMID list: every guest config under {@code nodes/<node>/<type>/<vmid>.conf}, by vmid. */
    Map<Integer, GuestEntry> guests() throws IOException;

    /** Which node owns the guest, empty when no config exists. */
    default Optional<GuestEntry> owner(int vmid) throws IOException {
        return Optional.ofNullable(guests().get(vmid));
    }

    /**
     * Creates the local node's config of a new guest, failing when the vmid is used anywhere in
     * the cluster; the check and the write happen under one store-wide lock.
     *
     * @throws StoreException {@code VM <vmid> already exists on node '<node>'} (or {@code CT ...},
     *     after the existing guest's type)
     */
    void createConfig(String type, int vmid, byte[] data) throws IOException;

    /**
     * Removes the local node's config of the guest.
     *
     * @throws StoreException {@code failed to remove config file: <os error>}
     */
    void destroyConfig(String type, int vmid);

    /**
     * Moves the local node's config of the guest to another node, which then owns the guest.
     *
     * @throws StoreException {@code failed to move config file to node '<target>': <os error>}
     */
    void moveConfigToNode(String type, int vmid, String target);

    /**
     * Upstream's {@code cfs_lock_file}: runs {@code code} under the cluster-wide lock of a store
     * file (lock id {@code file-<filename>} with {@code .} and {@code /} replaced by {@code _}) and
     * returns its result. An {@link dev.jpve.schema.ApiException} from the code comes out unchanged;
     * any other failure, and a lock timeout, as a {@link StoreException} with upstream's text
     * {@code cfs-lock '<lockid>' error: <message>} ({@code got lock request timeout} for a timeout).
     *
     * @param timeout null or zero means 10 s
     */
    <T> T lockFile(String filename, Duration timeout, Callable<T> code) throws IOException;

    /** Upstream's lock id of a store file for {@link #lockFile}: {@code file-<filename>}, {@code .} and {@code /} as {@code _}. */
    static String lockId(String filename) {
        return "file-" + filename.replaceAll("[./]", "_");
    }

    /** Upstream's {@code cfs_config_path}: {@code nodes/<node>/<type>/<vmid>.conf}. */
    static String configPath(String node, String type, int vmid) {
        return "nodes/" + node + "/" + type + "/" + vmid + ".conf";
    }
}
