package dev.jpve.node.app;

import dev.jpve.cluster.ConfigStore;
import dev.jpve.cluster.LocalConfigStore;
import dev.jpve.guest.ConfigCodec;
import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.GuestConfigException;
import dev.jpve.guest.GuestConfigs;
import dev.jpve.guest.GuestKind;
import dev.jpve.guest.LockProperty;
import dev.jpve.guest.Snapshots;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The {@code app} guests of one node: their configs ({@code nodes/<node>/app/<vmid>.conf} in the
 * config store), volumes, processes and snapshots, with upstream's locking: every step that
 * reads and writes a config holds its flock.
 *
 * {@snippet :
 * AppGuests apps = AppGuests.open(Path.of("data"), "node1", QemuImg.detect());
 * apps.create(100, Map.of("cmd", "sleep infinity", "rootfs", "local:dir"), System.out::println);
 * apps.start(100, System.out::println);
 * }
 */
public final class AppGuests {
    /** The guest type's word in messages ({@code app is locked (snapshot)}) and its config directory. */
    public static final String TYPE = "app";
    /** The codec of app configs: pve-container's style, in directory {@code app}. */
    public static final ConfigCodec CODEC = ConfigCodec.lxc(AppProperties.FILE_TYPES, TYPE);

    private final ConfigStore store;
    private final GuestConfigs configs;
    private final DirStorage storage;
    private final AppSupervisor supervisor;
    private final AppHooks hooks;
    private final Clock clock;

    /**
     * The app guests over these parts.
     *
     * @param lockDir where the config flock files {@code app-<vmid>.lock} live
     */
    public AppGuests(ConfigStore store, Path lockDir, DirStorage storage, AppSupervisor supervisor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.storage = Objects.requireNonNull(storage, "storage");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
        this.clock = Objects.requireNonNull(clock, "clock");
        GuestKind kind = new GuestKind(TYPE, CODEC, vmid -> lockDir.resolve("app-" + vmid + ".lock"));
        this.configs = new GuestConfigs(kind, store, w -> { }, new PrintStream(OutputStream.nullOutputStream()));
        this.hooks = new AppHooks(storage, supervisor);
    }

    /**
     * The app guests of a node whose state lives in {@code dataDir}: configs under
     * {@code <data>/etc}, volumes under {@code <data>/storage}, pid, log and lock files under
     * {@code <data>/run}.
     */
    public static AppGuests open(Path dataDir, String nodename, Optional<QemuImg> qemuImg) {
        return open(dataDir, LocalConfigStore.open(dataDir.resolve("etc"), nodename), qemuImg);
    }

    /**
     * The app guests of a node whose configs are in {@code store} (a local directory or etcd) and
     * whose volumes, pid, log and lock files are under {@code dataDir}.
     */
    public static AppGuests open(Path dataDir, ConfigStore store, Optional<QemuImg> qemuImg) {
        Path run = dataDir.resolve("run");
        return new AppGuests(store, run.resolve("lock"), new DirStorage(dataDir.resolve("storage"), qemuImg),
                new AppSupervisor(run), Clock.systemUTC());
    }

    /** The config engine of app guests. */
    public GuestConfigs configs() {
        return configs;
    }

    /** The volume storage. */
    public DirStorage storage() {
        return storage;
    }

    /** The process supervisor. */
    public AppSupervisor supervisor() {
        return supervisor;
    }

    /** The snapshot engine, its warnings going to {@code warnings}. */
    public Snapshots snapshots(Consumer<String> warnings) {
        return new Snapshots(configs, hooks, clock, warnings);
    }

    /** The vmids of the app guests on this node, ascending. */
    public List<Integer> list() throws IOException {
        List<Integer> out = new ArrayList<>();
        store.guests().forEach((vmid, entry) -> {
            if (entry.type().equals(TYPE) && entry.node().equals(store.localNode())) {
                out.add(vmid);
            }
        });
        out.sort(null);
        return out;
    }

    /** Whether the app's process runs. */
    public boolean isRunning(int vmid) {
        return supervisor.running(vmid).isPresent();
    }

    /**
     * Reserves the vmid: writes an empty config with {@code lock: create}.
     *
     * @throws GuestConfigException {@code app <vmid> already exists on node '<node>'}
     */
    public void reserve(int vmid) throws IOException {
        configs.createAndLockConfig(vmid, false, Optional.of("create"));
    }

    /**
     * Fills a reserved config: allocates the volumes asked for ({@code local:<GiB>},
     * {@code local:dir}) and writes the values; on failure frees what it allocated and removes
     * the config.
     */
    public void create(int vmid, Map<String, String> values, Consumer<String> log) throws IOException {
        List<String> allocated = new ArrayList<>();
        try {
            ConfigSection main = ConfigSection.empty();
            Map<String, String> ordered = new java.util.LinkedHashMap<>();
            AppProperties.VOLUME_KEYS.stream().filter(values::containsKey).forEach(k -> ordered.put(k, values.get(k)));
            ordered.putAll(new TreeMap<>(values));
            for (Map.Entry<String, String> e : ordered.entrySet()) {
                String value = e.getValue();
                if (AppProperties.isVolumeKey(e.getKey())) {
                    String made = volume(vmid, e.getKey(), value, log);
                    if (!made.equals(value)) {
                        allocated.add(AppVolumes.volid(made));
                    }
                    value = made;
                }
                main = e.getKey().equals("description") ? main.withDescription(value) : main.with(e.getKey(), value);
            }
            ConfigSection done = main;
            configs.lockConfig(vmid, () -> {
                GuestConfig conf = configs.load(vmid);
                if (!LockProperty.hasLock(conf.main(), Optional.of("create"))) {
                    throw new GuestConfigException("app " + vmid + " is not being created");
                }
                configs.write(vmid, GuestConfig.of(done));
                return null;
            });
        } catch (IOException | RuntimeException e) {
            try {
                allocated.forEach(storage::free);
                configs.destroyConfig(vmid);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup); // the caller needs the first failure, not the cleanup's
            }
            throw e;
        }
    }

    /** A volume value for the config: an allocation request is carried out, an existing volume kept. */
    String volume(int vmid, String key, String value, Consumer<String> log) {
        if (AppVolumes.isAllocation(value)) {
            String made = storage.allocate(vmid, AppVolumes.allocationSpec(value));
            log.accept(key + ": allocated volume '" + AppVolumes.volid(made) + "'");
            return made;
        }
        String volid = AppVolumes.volid(value);
        if (!volid.startsWith(DirStorage.STORAGE_ID + ":" + vmid + "/")) {
            throw new GuestConfigException("volume '" + volid + "' does not belong to app " + vmid);
        }
        if (!storage.exists(volid)) {
            throw new GuestConfigException("volume '" + volid + "' does not exist");
        }
        return value;
    }

    /**
     * Upstream's {@code startall} for apps: starts every stopped app with {@code onboot: 1}, by
     * the {@code order} of its {@code startup} option (apps without one last), then by vmid. An
     * app that fails to start is logged and the others still start.
     *
     * @return how many apps failed to start
     */
    public int startOnBoot(Consumer<String> log) throws IOException {
        List<Map.Entry<Long, Integer>> order = new ArrayList<>();
        for (int vmid : list()) {
            ConfigSection main;
            try {
                main = configs.load(vmid).main();
            } catch (GuestConfigException e) {
                continue;
            }
            if (main.get("onboot").filter("1"::equals).isPresent() && !isRunning(vmid)) {
                order.add(Map.entry(startupOrder(main.get("startup").orElse("")), vmid));
            }
        }
        order.sort(Map.Entry.<Long, Integer>comparingByKey().thenComparing(Map.Entry.comparingByValue()));
        int failed = 0;
        for (Map.Entry<Long, Integer> e : order) {
            try {
                start(e.getValue(), log);
            } catch (IOException | RuntimeException ex) {
                failed++;
                log.accept("starting app " + e.getValue() + " failed: " + ex.getMessage());
            }
        }
        return failed;
    }

    private static long startupOrder(String startup) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?:^|,)order=(\\d+)").matcher(startup);
        return m.find() ? Long.parseLong(m.group(1)) : Long.MAX_VALUE;
    }

    /**
     * Starts the app: applies the pending changes and starts its process, under the flock.
     *
     * @throws GuestConfigException {@code app <vmid> already running}, {@code app is locked (...)},
     *     or {@code unable to start app <vmid>: <reason>}
     */
    public AppProcess start(int vmid, Consumer<String> log) throws IOException {
        return configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            LockProperty.checkLock(TYPE, conf.main());
            if (isRunning(vmid)) {
                throw new GuestConfigException("app " + vmid + " already running");
            }
            GuestConfig applied = AppConfigEdit.apply(conf, k -> true);
            if (!applied.equals(conf)) {
                configs.write(vmid, applied);
                log.accept("applied pending changes");
            }
            AppProcess p = supervisor.start(vmid, launch(vmid, applied.main()));
            log.accept("app " + vmid + " started with pid " + p.pid());
            return p;
        });
    }

    private AppLaunch launch(int vmid, ConfigSection main) {
        String cmd = main.get("cmd").filter(c -> !c.isBlank()).orElseThrow(
                () -> new GuestConfigException("unable to start app " + vmid + ": no 'cmd' configured"));
        List<String> env = new ArrayList<>();
        env.add("JPVE_VMID=" + vmid);
        Optional<Path> rootDir = Optional.empty();
        for (String key : AppProperties.VOLUME_KEYS) {
            Optional<Path> path = main.get(key).map(v -> storage.path(AppVolumes.volid(v)));
            if (path.isPresent()) {
                env.add("JPVE_" + key.toUpperCase(Locale.ROOT) + "=" + path.get());
                if (key.equals("rootfs") && Files.isDirectory(path.get())) {
                    rootDir = path;
                }
            }
        }
        main.get("env").filter(e -> !e.isEmpty()).ifPresent(e -> env.addAll(List.of(e.split(";"))));
        Path cwd = main.get("cwd").map(Path::of).orElse(rootDir.orElse(Path.of("/")));
        OptionalInt memory = main.get("memory").map(m -> OptionalInt.of(Integer.parseInt(m))).orElse(OptionalInt.empty());
        return new AppLaunch(cmd, env, cwd, memory);
    }

    /**
     * Upstream's config update: under the flock, checks the digest and the lock, records the
     * reverts, deletions and new values as pending (allocating requested volumes), then applies
     * them: all of them while the app is stopped; while it runs, all but {@link
     * AppProperties#RUNTIME_KEYS} and volumes, which stay pending until the next start.
     *
     * @throws GuestConfigException {@code detected modified configuration - file changed by other
     *     user? Try again.}, {@code app is locked (...)}, {@code volume '<volid>' does not exist}
     */
    public GuestConfig update(int vmid, AppConfigChange change, Consumer<String> log) throws IOException {
        return configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            LockProperty.assertIfModified(conf, change.digest().orElse(null));
            LockProperty.checkLock(TYPE, conf.main());
            Map<String, String> set = new TreeMap<>(change.set());
            set.replaceAll((key, value) -> AppProperties.isVolumeKey(key) ? volume(vmid, key, value, log) : value);
            GuestConfig recorded = AppConfigEdit.record(conf, set, change.delete(), change.revert());
            GuestConfig applied = isRunning(vmid)
                    ? AppConfigEdit.apply(recorded, k -> !AppProperties.RUNTIME_KEYS.contains(k)
                            && !AppProperties.isVolumeKey(k))
                    : AppConfigEdit.apply(recorded, k -> true);
            configs.write(vmid, applied);
            return applied;
        });
    }

    /** Kills the app's process group (upstream's hard stop); checks the lock unless {@code skiplock}. */
    public void stop(int vmid, boolean skiplock, Consumer<String> log) throws IOException {
        configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            if (!skiplock) {
                LockProperty.checkLock(TYPE, conf.main());
            }
            supervisor.stop(vmid);
            log.accept("app " + vmid + " stopped");
            return null;
        });
    }

    /** Asks the app to end (SIGTERM) and waits up to {@code timeout}; then kills it if {@code forceStop}. */
    public void shutdown(int vmid, Duration timeout, boolean forceStop, Consumer<String> log) throws IOException {
        configs.lockConfig(vmid, () -> {
            LockProperty.checkLock(TYPE, configs.load(vmid).main());
            supervisor.shutdown(vmid, timeout, forceStop);
            log.accept("app " + vmid + " shut down");
            return null;
        });
    }

    /**
     * Removes the guest: frees every volume its config names (main, pending, snapshots, unused),
     * then the config; with {@code purge} also the process log.
     *
     * @throws GuestConfigException {@code app <vmid> is running - destroy failed}
     */
    public void destroy(int vmid, boolean purge, Consumer<String> log) throws IOException {
        configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            LockProperty.checkLock(TYPE, conf.main());
            if (isRunning(vmid)) {
                throw new GuestConfigException("app " + vmid + " is running - destroy failed");
            }
            for (String volid : allVolids(conf)) {
                storage.free(volid);
                log.accept("freed volume '" + volid + "'");
            }
            configs.destroyConfig(vmid);
            storage.removeGuestDirectory(vmid);
            if (purge) {
                Files.deleteIfExists(supervisor.logFile(vmid));
            }
            log.accept("destroyed app " + vmid);
            return null;
        });
    }

    private static Set<String> allVolids(GuestConfig conf) {
        Set<String> out = new LinkedHashSet<>(AppVolumes.volids(conf.main()).values());
        out.addAll(AppVolumes.volids(conf.pending()).values());
        conf.snapshots().values().forEach(s -> out.addAll(AppVolumes.volids(s).values()));
        out.removeIf(v -> !DirStorage.isVolid(v));
        return out;
    }
}
