package dev.jpve.guest;

import dev.jpve.cluster.ConfigStore;
import dev.jpve.cluster.StoreException;
import dev.jpve.tools.FileLocks;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The config engine of one guest type (upstream's AbstractConfig, first part): load and write
 * through a {@link ConfigStore}, the node-local config flock, the {@code lock} property
 * ({@code set_lock}, {@code remove_lock}) and guest creation and removal.
 *
 * <p>The flock is re-entrant per thread and lock file ({@link FileLocks}): a nested
 * {@code lockConfig} on the same vmid runs its code at once and does not release the outer lock.
 */
public final class GuestConfigs {
    /** Upstream's {@code lock_config} timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CREATE_TIMEOUT = Duration.ofSeconds(5);

    private final GuestKind kind;
    private final ConfigStore store;
    private final Consumer<String> warnings;
    private final PrintStream lockProgress;

    /**
     * An engine over the store.
     *
     * @param warnings receives the parse warnings of every load (upstream prints them)
     * @param lockProgress receives {@code trying to acquire lock...} and its outcome (upstream: stderr)
     */
    public GuestConfigs(GuestKind kind, ConfigStore store, Consumer<String> warnings, PrintStream lockProgress) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.store = Objects.requireNonNull(store, "store");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.lockProgress = Objects.requireNonNull(lockProgress, "lockProgress");
    }

    /** Code run under the config lock. */
    @FunctionalInterface
    public interface LockedCode<T> {
        /** Runs the code. */
        T run() throws IOException;
    }

    /** The guest type this engine serves. */
    public GuestKind kind() {
        return kind;
    }

    /** Upstream's {@code cfs_config_path}: the store path of the config; an empty node means the local one. */
    public String configPath(int vmid, String node) {
        String owner = node == null || node.isEmpty() ? store.localNode() : node;
        return ConfigStore.configPath(owner, kind.directory(), vmid);
    }

    /** {@link #load(int, String)} of the local node's config. */
    public GuestConfig load(int vmid) throws IOException {
        return load(vmid, null);
    }

    /**
     * Reads and parses (non-strict) a config; warnings go to the warning sink.
     *
     * @throws GuestConfigException {@code Configuration file '<relpath>' does not exist}
     */
    public GuestConfig load(int vmid, String node) throws IOException {
        String path = configPath(vmid, node);
        byte[] raw = store.read(path).orElseThrow(
                () -> new GuestConfigException("Configuration file '" + path + "' does not exist"));
        ParsedConfig parsed = kind.codec().parse(vmid, raw, false);
        parsed.warnings().forEach(warnings);
        return parsed.config();
    }

    /** Writes the config to the local node's file, atomically; returns the text written. */
    public String write(int vmid, GuestConfig conf) throws IOException {
        String text = kind.codec().write(conf);
        store.write(configPath(vmid, null), text.getBytes(StandardCharsets.UTF_8));
        return text;
    }

    /** Upstream's {@code lock_config}: exclusive, 10 s. */
    public <T> T lockConfig(int vmid, LockedCode<T> code) throws IOException {
        return lockConfigFull(vmid, DEFAULT_TIMEOUT, false, code);
    }

    /**
     * Runs {@code code} under the node-local flock of the guest (shared or exclusive); its
     * exceptions come out unchanged.
     *
     * @param timeout null or zero means 10 s
     * @throws dev.jpve.tools.LockException {@code can't lock file '<path>' - got timeout\n} and the like
     */
    public <T> T lockConfigFull(int vmid, Duration timeout, boolean shared, LockedCode<T> code) throws IOException {
        Path lockFile = kind.lockFile().apply(vmid);
        Path dir = lockFile.getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        try {
            return FileLocks.lockFileFull(lockFile.toString(), timeout, shared, code::run, lockProgress);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + lockFile);
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Upstream's {@code set_lock}: under the flock, fails if any lock is set, then sets this one.
     * Returns the config with the lock set (its digest is the one read before writing).
     */
    public GuestConfig setLock(int vmid, String lock) throws IOException {
        return lockConfig(vmid, () -> {
            GuestConfig conf = load(vmid);
            LockProperty.checkLock(kind.guestType(), conf.main());
            GuestConfig locked = conf.withMain(conf.main().with("lock", lock));
            write(vmid, locked);
            return locked;
        });
    }

    /**
     * Upstream's {@code remove_lock}: under the flock, removes the lock, which must be {@code lock}
     * when given.
     *
     * @throws GuestConfigException {@code no lock found trying to remove '<lock>'  lock} (two
     *     spaces, as upstream), {@code no lock found trying to remove any lock} or
     *     {@code found lock '<actual>' trying to remove '<lock>' lock}
     */
    public void removeLock(int vmid, Optional<String> lock) throws IOException {
        lockConfig(vmid, () -> {
            GuestConfig conf = load(vmid);
            String actual = conf.main().properties().get("lock");
            if (!ConfigLines.truthy(actual)) {
                String which = lock.map(l -> "'" + l + "' ").orElse("any");
                throw new GuestConfigException("no lock found trying to remove " + which + " lock");
            }
            if (lock.isPresent() && !actual.equals(lock.get())) {
                throw new GuestConfigException("found lock '" + actual + "' trying to remove '" + lock.get() + "' lock");
            }
            write(vmid, conf.withMain(conf.main().without("lock")));
            return null;
        });
    }

    /**
     * Upstream's {@code create_and_lock_config}: under the flock (5 s), checks that the vmid is
     * unused in the cluster (skipped with {@code allowExisting}), then writes the existing config
     * or an empty one with {@code lock} set ({@code create} when empty).
     *
     * @throws GuestConfigException {@code VM <vmid> already exists on node '<node>'} (or {@code CT}),
     *     or {@code <type> is locked (<lock>)} for an existing locked config
     */
    public GuestConfig createAndLockConfig(int vmid, boolean allowExisting, Optional<String> lock) throws IOException {
        return lockConfigFull(vmid, CREATE_TIMEOUT, false, () -> {
            if (!allowExisting) {
                store.owner(vmid).ifPresent(e -> {
                    throw new GuestConfigException(e.typeWord() + " " + vmid + " already exists on node '" + e.node() + "'");
                });
            }
            GuestConfig conf = store.read(configPath(vmid, null)).isPresent() ? load(vmid)
                    : GuestConfig.of(ConfigSection.empty());
            LockProperty.checkLock(kind.guestType(), conf.main());
            GuestConfig locked = conf.withMain(conf.main().with("lock", lock.orElse("create")));
            byte[] text = kind.codec().write(locked).getBytes(StandardCharsets.UTF_8);
            try {
                if (allowExisting) {
                    store.write(configPath(vmid, null), text);
                } else {
                    store.createConfig(kind.directory(), vmid, text);
                }
            } catch (StoreException e) {
                throw new GuestConfigException(e.getMessage());
            }
            return locked;
        });
    }

    /**
     * Upstream's {@code destroy_config}: removes the local node's config file.
     *
     * @throws GuestConfigException {@code failed to remove config file: <os error>}
     */
    public void destroyConfig(int vmid) {
        try {
            store.destroyConfig(kind.directory(), vmid);
        } catch (StoreException e) {
            throw new GuestConfigException(e.getMessage());
        }
    }

    /**
     * Upstream's {@code load_snapshot_config}: the snapshot's section as the main section, with the
     * digest of the whole file.
     *
     * @throws GuestConfigException {@code snapshot '<name>' does not exist}
     */
    public GuestConfig loadSnapshotConfig(int vmid, String snapname) throws IOException {
        GuestConfig conf = load(vmid);
        ConfigSection snap = conf.snapshots().get(snapname);
        if (snap == null) {
            throw new GuestConfigException("snapshot '" + snapname + "' does not exist");
        }
        return new GuestConfig(snap, ConfigSection.empty(), new java.util.TreeMap<>(), new java.util.TreeMap<>(),
                conf.digest());
    }

    /**
     * Upstream's {@code load_current_config}: unless {@code current}, pending values replace the
     * main ones and pending deletions remove keys whose value is truthy (a {@code 0} survives, as
     * upstream); snapshots, pending and special sections are left out, the digest stays.
     */
    public GuestConfig loadCurrentConfig(int vmid, boolean current) throws IOException {
        GuestConfig conf = load(vmid);
        ConfigSection main = conf.main();
        if (!current) {
            for (var e : conf.pending().properties().entrySet()) {
                if (!e.getKey().equals("delete")) {
                    main = main.with(e.getKey(), e.getValue());
                }
            }
            if (conf.pending().description().isPresent()) {
                main = main.withDescription(conf.pending().description().get());
            }
            for (String key : PendingChanges.deletes(conf).entries().keySet()) {
                if (ConfigLines.truthy(main.properties().get(key))) {
                    main = main.without(key);
                } else if (key.equals("description") && main.description().filter(ConfigLines::truthy).isPresent()) {
                    main = main.withDescription(null);
                }
            }
        }
        return new GuestConfig(main, ConfigSection.empty(), new java.util.TreeMap<>(), new java.util.TreeMap<>(),
                conf.digest());
    }

    /** Upstream's {@code snapshot_list}: the sorted snapshot names, empty on any error. */
    public java.util.List<String> snapshotList(int vmid) {
        try {
            return java.util.List.copyOf(load(vmid).snapshots().keySet());
        } catch (IOException | RuntimeException e) {
            return java.util.List.of();
        }
    }

    /**
     * Upstream's {@code move_config_to_node}: the target node owns the guest afterwards.
     *
     * @throws GuestConfigException {@code failed to move config file to node '<target>': <os error>}
     */
    public void moveConfigToNode(int vmid, String target) {
        try {
            store.moveConfigToNode(kind.directory(), vmid, target);
        } catch (StoreException e) {
            throw new GuestConfigException(e.getMessage());
        }
    }
}
