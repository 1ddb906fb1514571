package dev.jpve.guest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * One run of upstream's {@code snapshot_delete} (spec guest.md 1.5.3). {@code drivehash} is
 * non-null only for the cleanup of a failed create: the {@code snapshot} lock is still held and only
 * those keys got a volume snapshot.
 */
final class SnapshotDeletion {
    private final GuestConfigs configs;
    private final SnapshotHooks hooks;
    private final Consumer<String> warnings;
    private final int vmid;
    private final String snapname;
    private final boolean force;
    private final Set<String> drivehash;
    private final String expectedLock;
    private final List<String> unused = new ArrayList<>();

    SnapshotDeletion(GuestConfigs configs, SnapshotHooks hooks, Consumer<String> warnings, int vmid, String snapname,
            boolean force, Set<String> drivehash) {
        this.configs = configs;
        this.hooks = hooks;
        this.warnings = warnings;
        this.vmid = vmid;
        this.snapname = snapname;
        this.force = force;
        this.drivehash = drivehash;
        this.expectedLock = drivehash == null ? "snapshot-delete" : "snapshot";
    }

    void run() throws IOException {
        GuestConfig conf = configs.load(vmid);
        ConfigSection snap = Snapshots.existing(conf, snapname);
        if (drivehash == null) {
            hooks.activateStorages(snap, true);
            if (!force) {
                hooks.assertNotNeededByReplication(vmid, conf, snap, snapname);
            }
            configs.setLock(vmid, "snapshot-delete");
        }
        snap = markDeleting();
        if (snap.get("vmstate").filter(ConfigLines::truthy).isPresent()) {
            hooks.deleteVmstate(snap, force);
            if (!force) {
                removeDrive("vmstate");
            }
        }
        for (GuestVolume vol : Snapshots.volumes(hooks, snap)) {
            deleteVolume(vol);
        }
        finish();
    }

    private ConfigSection markDeleting() throws IOException {
        return step(conf -> {
            if (UnusedVolumes.isTemplate(conf.main())) {
                throw new GuestConfigException("you can't delete a snapshot if vm is a template");
            }
            return conf.withSnapshot(snapname, Snapshots.existing(conf, snapname).with("snapstate", "delete"));
        }).snapshots().get(snapname);
    }

    private void deleteVolume(GuestVolume vol) throws IOException {
        if (snapname.equals("vzdump") && !vol.key().equals("rootfs")
                && !vol.option("backup").filter(ConfigLines::truthy).isPresent()) {
            return;
        }
        if (drivehash == null || drivehash.contains(vol.key())) {
            try {
                hooks.deleteVolumeSnapshot(vmid, vol, snapname, unused);
            } catch (RuntimeException e) {
                if (!force) {
                    throw e;
                }
                warnings.accept(Snapshots.stripNewline(e.getMessage()));
            }
        }
        if (!force) {
            removeDrive(vol.key());
        }
    }

    private void removeDrive(String key) throws IOException {
        step(conf -> conf.withSnapshot(snapname,
                hooks.removeDriveFromSnapshot(Snapshots.existing(conf, snapname), key)));
    }

    private void finish() throws IOException {
        step(conf -> {
            ConfigSection snap = Snapshots.existing(conf, snapname);
            Optional<String> newParent = snap.get("parent").filter(ConfigLines::truthy);
            ConfigSection main = unlinkParent(conf.main(), newParent);
            GuestConfig out = conf.withoutSnapshot(snapname);
            for (var e : out.snapshots().entrySet()) {
                out = out.withSnapshot(e.getKey(), unlinkParent(e.getValue(), newParent));
            }
            main = main.without("lock");
            for (String volid : unused) {
                main = UnusedVolumes.add(main, volid, hooks.maxUnusedDisks()).map(UnusedVolumes.Added::section)
                        .orElse(main);
            }
            return out.withMain(main);
        });
    }

    private ConfigSection unlinkParent(ConfigSection section, Optional<String> newParent) {
        String parent = section.properties().get("parent");
        if (!ConfigLines.truthy(parent) || !parent.equals(snapname)) {
            return section;
        }
        return newParent.map(p -> section.with("parent", p)).orElseGet(() -> section.without("parent"));
    }

    /** One locked step: reload, check the lock, change, write; returns the written config. */
    private GuestConfig step(UnaryOperator<GuestConfig> change) throws IOException {
        return configs.lockConfig(vmid, () -> {
            GuestConfig conf = configs.load(vmid);
            if (!LockProperty.hasLock(conf.main(), Optional.of(expectedLock))) {
                throw new GuestConfigException("encountered invalid lock, expected '" + expectedLock + "'");
            }
            GuestConfig changed = change.apply(conf);
            configs.write(vmid, changed);
            return changed;
        });
    }
}
