package dev.jpve.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test container type for the snapshot engine, after pve-container's {@code snapshot-test.pm}
 * mocks: mount points on {@code unsnapshotable-*} volumes fail, bind mounts are never snapshotted,
 * and every hook call is recorded. The hooks that pve-container leaves unimplemented fail with its
 * texts.
 */
class ContainerGuest implements SnapshotHooks {
    final List<String> calls = new ArrayList<>();
    boolean running = true;
    boolean feature = true;
    boolean activationFails;
    boolean freezeFails;
    boolean stopFails;
    boolean rollbackImpossible;

    @Override
    public List<String> volumeKeys() {
        return VolumeKind.lxc().volumeKeys();
    }

    @Override
    public Optional<GuestVolume> parseVolume(String key, String value) {
        return VolumeKind.lxc().parseVolume(key, value);
    }

    @Override
    public boolean hasSnapshotFeature(ConfigSection conf, boolean backupOnly) {
        return feature;
    }

    @Override
    public boolean isRunning(int vmid) {
        return running;
    }

    @Override
    public ConfigSection saveVmstate(int vmid, GuestConfig conf, String snapname, ConfigSection snap) {
        throw new GuestConfigException("implement me - snapshot_save_vmstate");
    }

    @Override
    public FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
        return new FreezeDecision(running, running);
    }

    @Override
    public void freeze(int vmid) {
        calls.add("freeze");
        if (freezeFails) {
            throw new GuestConfigException("freeze disabled");
        }
    }

    @Override
    public void thaw(int vmid) {
        calls.add("thaw");
    }

    @Override
    public void activateStorages(ConfigSection conf, boolean includeVmstate) {
        if (activationFails) {
            throw new GuestConfigException("storage activation failed");
        }
    }

    @Override
    public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
        if (!volume.mountType().equals("volume")) {
            return;
        }
        if (volume.volid().contains("unsnapshotable")) {
            throw new GuestConfigException("volume snapshot disabled");
        }
        calls.add("create " + volume.volid() + "@" + snapname);
    }

    @Override
    public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
        if (!volume.mountType().equals("volume")) {
            return;
        }
        if (volume.volid().contains("unsnapshotable")) {
            throw new GuestConfigException("volume snapshot delete disabled");
        }
        calls.add("delete " + volume.volid() + "@" + snapname);
        unused.add(volume.volid());
    }

    @Override
    public ConfigSection removeDriveFromSnapshot(ConfigSection snap, String key) {
        Optional<GuestVolume> mp = Optional.ofNullable(snap.properties().get(key)).flatMap(v -> parseVolume(key, v));
        if (mp.isPresent() && mp.get().mountType().equals("volume")) {
            snap = UnusedVolumes.add(snap, mp.get().volid(), maxUnusedDisks()).map(UnusedVolumes.Added::section)
                    .orElse(snap);
        }
        return snap.without(key);
    }

    @Override
    public void assertRollbackPossible(GuestVolume volume, String snapname, List<String> blockers) {
        if (rollbackImpossible && volume.volid().contains("unrollbackable")) {
            throw new GuestConfigException("volume_rollback_is_possible failed");
        }
    }

    @Override
    public void rollbackVolume(GuestVolume volume, String snapname) {
        if (volume.volid().contains("unrollbackable")) {
            throw new GuestConfigException("volume snapshot rollback disabled");
        }
        calls.add("rollback " + volume.volid() + "@" + snapname);
    }

    @Override
    public void stopForRollback(int vmid) {
        calls.add("stop");
        running = stopFails;
    }

    @Override
    public void startFromVmstate(int vmid, String vmstate, Map<String, Object> data) {
        throw new GuestConfigException("implement me - save vmstate");
    }

    @Override
    public List<String> unusedAfterRollback(ConfigSection conf, ConfigSection snap) {
        List<String> inSnap = Snapshots.volumes(this, snap).stream().map(GuestVolume::volid).toList();
        List<String> out = new ArrayList<>();
        for (GuestVolume mp : Snapshots.volumes(this, conf)) {
            if (mp.mountType().equals("volume") && !inSnap.contains(mp.volid())) {
                out.add(mp.volid());
            }
        }
        return out;
    }
}
