package dev.jpve.guest;

import dev.jpve.guest.SnapshotHooks.FreezeDecision;
import dev.jpve.guest.SnapshotHooks.Phase;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The snapshot workflows of upstream's AbstractConfig (spec guest.md section 1.5): create, delete
 * and rollback as multi-step operations, each step a short config flock with a reload, so that a
 * crash leaves upstream's on-disk state ({@code lock: snapshot} with {@code snapstate: prepare},
 * {@code lock: snapshot-delete} with {@code snapstate: delete}, or {@code lock: rollback}).
 *
 * <p>The guest type comes in as {@link SnapshotHooks}; the time of {@code snaptime} from the clock.
 * Hook exceptions pass through unchanged, except in a failed create, whose error is rethrown as a
 * {@link GuestConfigException} with upstream's extra newline appended to the message.
 */
public final class Snapshots {
    private final GuestConfigs configs;
    private final SnapshotHooks hooks;
    private final Clock clock;
    private final Consumer<String> warnings;

    /**
     * An engine over the config engine and the guest type's hooks.
     *
     * @param warnings receives upstream's warnings, without the trailing newline
     */
    public Snapshots(GuestConfigs configs, SnapshotHooks hooks, Clock clock, Consumer<String> warnings) {
        this.configs = Objects.requireNonNull(configs, "configs");
        this.hooks = Objects.requireNonNull(hooks, "hooks");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
    }

    /** Upstream's {@code foreach_volume}: the parsable volumes of a section in the hooks' key order. */
    public static List<GuestVolume> volumes(SnapshotHooks hooks, ConfigSection section) {
        List<GuestVolume> out = new ArrayList<>();
        for (String key : hooks.volumeKeys()) {
            String value = section.properties().get(key);
            if (value != null) {
                hooks.parseVolume(key, value).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * Upstream's {@code __snapshot_copy_config}: {@code dest} plus every key of {@code source}
     * except {@link SnapshotHooks#COPY_EXCLUSIONS} and {@code unusedN}; the raw {@code lxc.*} and
     * environment lines come along, the description does not.
     */
    public static ConfigSection copyConfig(ConfigSection source, ConfigSection dest) {
        TreeMap<String, String> props = new TreeMap<>(dest.properties());
        source.properties().forEach((k, v) -> {
            if (!SnapshotHooks.COPY_EXCLUSIONS.contains(k) && !k.matches("unused\\d+")) {
                props.put(k, v);
            }
        });
        return new ConfigSection(dest.description(), props, source.lxc(), source.env());
    }

    /**
     * Upstream's {@code __snapshot_apply_config}: the snapshots, the current description and
     * {@code unusedN} keys, and a copy of the snapshot; pending and special sections are dropped.
     */
    public static GuestConfig applyConfig(GuestConfig conf, ConfigSection snap) {
        TreeMap<String, String> kept = new TreeMap<>();
        conf.main().properties().forEach((k, v) -> {
            if (k.matches("unused\\d+")) {
                kept.put(k, v);
            }
        });
        ConfigSection base = new ConfigSection(conf.main().description(), kept, List.of(), List.of());
        return new GuestConfig(copyConfig(snap, base), ConfigSection.empty(), conf.snapshots(), new TreeMap<>(),
                conf.digest());
    }

    /**
     * Upstream's {@code snapshot_create}: prepare, volume snapshots (with freeze and thaw around
     * them when needed), commit; a failure after the prepare is cleaned up with a forced delete.
     *
     * @param comment the snapshot's description; empty or null for none
     * @throws GuestConfigException upstream's texts; a volume step's error comes back with
     *     {@code "\n"} appended to its message (upstream's {@code die "$err\n"})
     */
    public void create(int vmid, String snapname, boolean saveVmstate, String comment) throws IOException {
        ConfigSection snap = prepare(vmid, snapname, saveVmstate, comment);
        GuestConfig conf = configs.load(vmid);
        FreezeDecision decision = hooks.freezeNeeded(vmid, conf.main(), snap.get("vmstate").isPresent());
        Set<String> drivehash = new LinkedHashSet<>();
        RuntimeException err = null;
        try {
            hooks.activateStorages(conf.main(), false);
            if (decision.freeze()) {
                hooks.freeze(vmid);
            }
            hooks.volumeSnapshotsHook(vmid, snap, decision.running(), Phase.BEFORE);
            for (GuestVolume vol : volumes(hooks, snap)) {
                hooks.createVolumeSnapshot(vmid, vol, snapname);
                drivehash.add(vol.key());
            }
        } catch (RuntimeException e) {
            err = e;
        }
        if (decision.running()) {
            hooks.volumeSnapshotsHook(vmid, snap, true, Phase.AFTER);
            if (decision.freeze()) {
                hooks.thaw(vmid);
            }
            hooks.volumeSnapshotsHook(vmid, snap, true, Phase.AFTER_UNFREEZE);
        }
        if (err != null) {
            warnings.accept("snapshot create failed: starting cleanup");
            try {
                delete(vmid, snapname, true, drivehash);
            } catch (IOException | RuntimeException e) {
                warnings.accept(stripNewline(e.getMessage()));
            }
            GuestConfigException rethrown = new GuestConfigException(err.getMessage() + "\n");
            rethrown.initCause(err);
            throw rethrown;
        }
        commit(vmid, snapname);
    }

    /**
     * Upstream's {@code __snapshot_prepare}: under the flock, checks and records the new snapshot
     * with {@code snapstate: prepare} and sets {@code lock: snapshot}; returns the snapshot section.
     */
    public ConfigSection prepare(int vmid, String snapname, boolean saveVmstate, String comment) throws IOException {
        return configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            if (UnusedVolumes.isTemplate(conf.main())) {
                throw new GuestConfigException("you can't take a snapshot if it's a template");
            }
            LockProperty.checkLock(configs.kind().guestType(), conf.main());
            hooks.assertNoSnapshotBlockers(conf.main(), saveVmstate);
            conf = conf.withMain(conf.main().with("lock", "snapshot"));
            if (conf.snapshots().containsKey(snapname)) {
                throw new GuestConfigException("snapshot name '" + snapname + "' already used");
            }
            if (!hooks.hasSnapshotFeature(conf.main(), snapname.equals("vzdump"))) {
                throw new GuestConfigException("snapshot feature is not available");
            }
            for (var e : conf.snapshots().entrySet()) {
                if (snapname.equals(e.getValue().properties().get("parent"))) {
                    warnings.accept("deleting parent '" + snapname + "' reference from '" + e.getKey()
                            + "' to avoid bogus snapshot cycle.");
                    conf = conf.withSnapshot(e.getKey(), e.getValue().without("parent"));
                }
            }
            ConfigSection snap = ConfigSection.empty();
            if (saveVmstate && hooks.isRunning(vmid)) {
                snap = hooks.saveVmstate(vmid, conf.withSnapshot(snapname, snap), snapname, snap);
            }
            snap = copyConfig(conf.main(), snap).with("snapstate", "prepare")
                    .with("snaptime", Long.toString(clock.instant().getEpochSecond()));
            if (ConfigLines.truthy(comment)) {
                snap = snap.withDescription(comment);
            }
            configs.write(vmid, conf.withSnapshot(snapname, snap));
            return snap;
        });
    }

    /**
     * Upstream's {@code __snapshot_commit}: under the flock, ends a prepared snapshot: drops its
     * {@code snapstate} and the {@code lock}, and makes it the main section's {@code parent}.
     *
     * @throws GuestConfigException {@code missing snapshot lock}, {@code snapshot '<n>' does not exist},
     *     {@code wrong snapshot state}
     */
    public void commit(int vmid, String snapname) throws IOException {
        configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            if (!"snapshot".equals(conf.main().properties().get("lock"))) {
                throw new GuestConfigException("missing snapshot lock");
            }
            ConfigSection snap = existing(conf, snapname);
            if (!"prepare".equals(snap.properties().get("snapstate"))) {
                throw new GuestConfigException("wrong snapshot state");
            }
            conf = conf.withSnapshot(snapname, snap.without("snapstate"))
                    .withMain(conf.main().without("lock").with("parent", snapname));
            configs.write(vmid, conf);
            return null;
        });
    }

    /**
     * Upstream's {@code snapshot_delete} (without the create-cleanup drive hash): sets
     * {@code lock: snapshot-delete}, marks the snapshot {@code snapstate: delete}, deletes the
     * vmstate and the volume snapshots, then removes the snapshot and re-links parents. With
     * {@code force}, volume errors are only warned and the replication guard is skipped.
     */
    public void delete(int vmid, String snapname, boolean force) throws IOException {
        delete(vmid, snapname, force, null);
    }

    private void delete(int vmid, String snapname, boolean force, Set<String> drivehash) throws IOException {
        new SnapshotDeletion(configs, hooks, warnings, vmid, snapname, force, drivehash).run();
    }

    /**
     * Upstream's {@code snapshot_rollback}: a prepare step under the flock (checks, stop, sets
     * {@code lock: rollback}), the volume rollbacks, and a final step that applies the snapshot
     * to the main section; a volume failure leaves {@code lock: rollback} in place.
     */
    public void rollback(int vmid, String snapname) throws IOException {
        Map<String, Object> data = new java.util.HashMap<>();
        ConfigSection snap = rollbackStep(vmid, snapname, true, data);
        for (GuestVolume vol : volumes(hooks, snap)) {
            hooks.rollbackVolume(vol, snapname);
        }
        rollbackStep(vmid, snapname, false, data);
    }

    private ConfigSection rollbackStep(int vmid, String snapname, boolean prepare, Map<String, Object> data)
            throws IOException {
        return configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            if (UnusedVolumes.isTemplate(conf.main())) {
                throw new GuestConfigException("you can't rollback if vm is a template");
            }
            ConfigSection snap = existing(conf, snapname);
            if (prepare) {
                hooks.activateStorages(snap, true);
                hooks.removeReplicationBlockers(vmid, snap, snapname);
                for (GuestVolume vol : volumes(hooks, snap)) {
                    hooks.assertRollbackPossible(vol, snapname, new ArrayList<>());
                }
            }
            Optional<String> state = snap.get("snapstate").filter(ConfigLines::truthy);
            if (state.isPresent()) {
                throw new GuestConfigException(
                        "unable to rollback to incomplete snapshot (snapstate = " + state.get() + ")");
            }
            if (prepare) {
                LockProperty.checkLock(configs.kind().guestType(), conf.main());
                hooks.stopForRollback(vmid);
            }
            if (hooks.isRunning(vmid)) {
                throw new GuestConfigException("unable to rollback vm " + vmid + ": vm is running");
            }
            conf = prepare ? conf.withMain(conf.main().with("lock", "rollback")) : applySnapshot(conf, snap, snapname);
            conf = conf.withMain(hooks.rollbackHook(vmid, conf.main(), snap, prepare, data));
            configs.write(vmid, conf);
            if (!prepare && snap.get("vmstate").filter(ConfigLines::truthy).isPresent()) {
                hooks.startFromVmstate(vmid, snap.get("vmstate").get(), data);
            }
            return snap;
        });
    }

    private GuestConfig applySnapshot(GuestConfig conf, ConfigSection snap, String snapname) {
        if (!"rollback".equals(conf.main().properties().get("lock"))) {
            throw new GuestConfigException("got wrong lock");
        }
        ConfigSection main = conf.main().without("lock");
        for (String volid : hooks.unusedAfterRollback(main, snap)) {
            main = UnusedVolumes.add(main, volid, hooks.maxUnusedDisks()).map(UnusedVolumes.Added::section)
                    .orElse(main);
        }
        GuestConfig applied = applyConfig(conf.withMain(main), snap);
        return applied.withMain(applied.main().with("parent", snapname));
    }

    static ConfigSection existing(GuestConfig conf, String snapname) {
        ConfigSection snap = conf.snapshots().get(snapname);
        if (snap == null) {
            throw new GuestConfigException("snapshot '" + snapname + "' does not exist");
        }
        return snap;
    }

    static String stripNewline(String message) {
        return message != null && message.endsWith("\n") ? message.substring(0, message.length() - 1)
                : String.valueOf(message);
    }
}
