package dev.jpve.cluster;

import dev.jpve.schema.ApiException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/**
 * A {@link ConfigStore} kept in etcd v3, for a cluster of several machines: store paths are keys
 * under a prefix ({@code /jpve/} by default). Besides the configs it keeps two kinds of keys of its
 * own: {@code vmids/<vmid>} claims a vmid for the path of its config, which makes creation atomic
 * across the cluster (a transaction that only succeeds while the claim is absent), and
 * {@code locks/<lockid>} is a {@link #lockFile} lock, bound to a lease so that a crashed holder's
 * lock expires.
 */
public final class EtcdConfigStore implements ConfigStore, AutoCloseable {
    /** The key prefix used when none is given. */
    public static final String DEFAULT_PREFIX = "/jpve/";

    /** How long a lock outlives a holder that died without releasing it (upstream's cfs locks: 120 s). */
    private static final Duration LOCK_LEASE = Duration.ofSeconds(120);
    private static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(10);
    private static final long MAX_POLL_NANOS = Duration.ofMillis(100).toNanos();

    private final EtcdClient etcd;
    private final String prefix;
    private final String node;
    private final Set<String> types;

    private EtcdConfigStore(List<URI> endpoints, String prefix, String node, Set<String> types) {
        if (!prefix.startsWith("/") || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("etcd key prefix must start and end with '/': '" + prefix + "'");
        }
        this.prefix = prefix;
        this.node = StorePaths.checkSegment(node);
        this.types = Set.copyOf(types);
        this.types.forEach(StorePaths::checkSegment);
        this.etcd = new EtcdClient(endpoints);
    }

    /** A store in the etcd cluster at these client URLs, under {@code prefix}, listing the default guest types. */
    public static EtcdConfigStore open(List<URI> endpoints, String prefix, String node) {
        return new EtcdConfigStore(endpoints, prefix, node, LocalConfigStore.DEFAULT_TYPES);
    }

    /** A store whose VMID list covers these guest config directory names. */
    public static EtcdConfigStore open(List<URI> endpoints, String prefix, String node, Set<String> types) {
        return new EtcdConfigStore(endpoints, prefix, node, types);
    }

    /** The etcd client URLs, in the order they are tried. */
    public List<URI> endpoints() {
        return etcd.endpoints();
    }

    /** The key prefix of every store path. */
    public String prefix() {
        return prefix;
    }

    @Override
    public String localNode() {
        return node;
    }

    @Override
    public Optional<byte[]> read(String path) {
        return etcd.get(key(StorePaths.checkPath(path))).map(EtcdClient.KeyValue::value);
    }

    @Override
    public void write(String path, byte[] data) {
        etcd.put(key(StorePaths.checkPath(path)), data);
    }

    @Override
    public Map<Integer, GuestEntry> guests() {
        Map<Integer, GuestEntry> list = new TreeMap<>();
        for (String key : etcd.keys(key("nodes/"))) {
            StorePaths.guestOf(key.substring(prefix.length()), types)
                    .ifPresent(guest -> list.putIfAbsent(guest.vmid(), guest));
        }
        return list;
    }

    @Override
    public Optional<GuestEntry> owner(int vmid) {
        return Optional.ofNullable(guests().get(vmid));
    }

    /**
     * Claims {@code vmids/<vmid>} and puts the config in one transaction that only succeeds while
     * the claim is absent. A claim whose config is gone (left by a writer that bypassed
     * {@link #destroyConfig}) is taken over, again only if nobody changed it meanwhile.
     */
    @Override
    public void createConfig(String type, int vmid, byte[] data) {
        StorePaths.checkSegment(type);
        String path = ConfigStore.configPath(node, type, vmid);
        String claim = key("vmids/" + vmid);
        long deadline = System.nanoTime() + CREATE_TIMEOUT.toNanos();
        while (true) {
            Optional<GuestEntry> existing = owner(vmid);
            if (existing.isPresent()) {
                throw StoreException.alreadyExists(existing.get());
            }
            var created = etcd.txn(List.of(EtcdClient.createRevisionIs(claim, 0)),
                    List.of(EtcdClient.putOp(claim, utf8(path), 0), EtcdClient.putOp(key(path), data, 0)),
                    List.of(EtcdClient.getOp(claim)));
            if (created.succeeded()) {
                return;
            }
            Optional<EtcdClient.KeyValue> held = EtcdClient.rangeResult(created.responses().getFirst());
            if (held.isPresent()) {
                String heldPath = new String(held.get().value(), StandardCharsets.UTF_8);
                Optional<GuestEntry> holder = StorePaths.guestOf(heldPath);
                if (holder.isPresent() && etcd.get(key(heldPath)).isPresent()) {
                    throw StoreException.alreadyExists(holder.get());
                }
                var takenOver = etcd.txn(List.of(EtcdClient.modRevisionIs(claim, held.get().modRevision())),
                        List.of(EtcdClient.putOp(claim, utf8(path), 0), EtcdClient.putOp(key(path), data, 0)),
                        List.of());
                if (takenOver.succeeded()) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new StoreException("unable to create " + path + ": vmid " + vmid + " claim keeps changing");
            }
        }
    }

    /** Deletes the config and its vmid claim in one transaction, if the config exists. */
    @Override
    public void destroyConfig(String type, int vmid) {
        String path = key(ConfigStore.configPath(node, StorePaths.checkSegment(type), vmid));
        var absent = etcd.txn(List.of(EtcdClient.createRevisionIs(path, 0)), List.of(),
                List.of(EtcdClient.deleteOp(path), EtcdClient.deleteOp(key("vmids/" + vmid))));
        if (absent.succeeded()) {
            throw new StoreException("failed to remove config file: No such file or directory");
        }
    }

    /** Deletes the config and puts it under the target node, re-pointing the claim, in one transaction. */
    @Override
    public void moveConfigToNode(String type, int vmid, String target) {
        StorePaths.checkSegment(target);
        String from = key(ConfigStore.configPath(node, StorePaths.checkSegment(type), vmid));
        String targetPath = ConfigStore.configPath(target, type, vmid);
        while (true) {
            Optional<EtcdClient.KeyValue> config = etcd.get(from);
            if (config.isEmpty()) {
                throw new StoreException("failed to move config file to node '" + target + "': No such file or directory");
            }
            var moved = etcd.txn(List.of(EtcdClient.modRevisionIs(from, config.get().modRevision())),
                    List.of(EtcdClient.deleteOp(from), EtcdClient.putOp(key(targetPath), config.get().value(), 0),
                            EtcdClient.putOp(key("vmids/" + vmid), utf8(targetPath), 0)),
                    List.of());
            if (moved.succeeded()) {
                return;
            }
        }
    }

    /**
     * The lock is the key {@code locks/<lockid>}, created under a fresh lease when absent and
     * polled for until the timeout otherwise; revoking the lease releases it. A holder that dies
     * keeps the lock until the lease expires (120 s, as upstream's cfs locks).
     */
    @Override
    public <T> T lockFile(String filename, Duration timeout, Callable<T> code) {
        String lockId = ConfigStore.lockId(filename);
        Duration wait = timeout == null || timeout.isZero() ? DEFAULT_LOCK_TIMEOUT : timeout;
        long lease;
        try {
            lease = acquire(key("locks/" + lockId), wait);
        } catch (StoreException e) {
            throw StoreException.lockFailed(lockId, e.getMessage(), e);
        }
        if (lease == 0) {
            throw StoreException.lockFailed(lockId, StoreException.LOCK_TIMEOUT, null);
        }
        try {
            return code.call();
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw StoreException.lockFailed(lockId, String.valueOf(e.getMessage()), e);
        } finally {
            release(lease);
        }
    }

    /** Revokes the lock's lease; when etcd cannot be reached the lease still expires on its own. */
    private void release(long lease) {
        try {
            etcd.revokeLease(lease);
        } catch (StoreException expiresAnyway) {
            // the code's outcome stands; the lock frees itself after LOCK_LEASE
        }
    }

    /** The lease now holding the lock key, or 0 when the wait ran out. */
    private long acquire(String lockKey, Duration wait) {
        Instant deadline = Instant.now().plus(wait);
        long lease = etcd.grantLease(LOCK_LEASE);
        long pause = Duration.ofMillis(5).toNanos();
        while (true) {
            var taken = etcd.txn(List.of(EtcdClient.createRevisionIs(lockKey, 0)),
                    List.of(EtcdClient.putOp(lockKey, utf8(node), lease)), List.of());
            if (taken.succeeded()) {
                return lease;
            }
            long left = Duration.between(Instant.now(), deadline).toNanos();
            if (left <= 0 || Thread.currentThread().isInterrupted()) {
                etcd.revokeLease(lease);
                return 0;
            }
            LockSupport.parkNanos(Math.min(pause, left));
            pause = Math.min(pause * 2, MAX_POLL_NANOS);
        }
    }

    private String key(String path) {
        return prefix + path;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Closes the HTTP client. */
    @Override
    public void close() {
        etcd.close();
    }
}
