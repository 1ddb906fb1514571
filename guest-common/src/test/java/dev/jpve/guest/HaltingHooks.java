package dev.jpve.guest;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Test hooks that pass every call to a delegate but, at the n-th call of one hook (the point
 * {@code <hook>#<n>}, for example {@code rollbackVolume#1}), report {@code AT <point>} on stdout and
 * block until the process is killed. Used by {@link CrashChild}.
 */
final class HaltingHooks implements SnapshotHooks {
    private final SnapshotHooks delegate;
    private final String point;
    private final Map<String, Integer> counts = new HashMap<>();

    HaltingHooks(SnapshotHooks delegate, String point) {
        this.delegate = delegate;
        this.point = point;
    }

    private void reach(String hook) {
        int n = counts.merge(hook, 1, Integer::sum);
        if (!point.equals(hook + "#" + n)) {
            return;
        }
        System.out.println("AT " + point);
        System.out.flush();
        try {
            System.in.read();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("not killed at " + point);
    }

    @Override
    public List<String> volumeKeys() {
        return delegate.volumeKeys();
    }

    @Override
    public Optional<GuestVolume> parseVolume(String key, String value) {
        return delegate.parseVolume(key, value);
    }

    @Override
    public int maxUnusedDisks() {
        return delegate.maxUnusedDisks();
    }

    @Override
    public boolean hasSnapshotFeature(ConfigSection conf, boolean backupOnly) {
        return delegate.hasSnapshotFeature(conf, backupOnly);
    }

    @Override
    public void assertNoSnapshotBlockers(ConfigSection conf, boolean saveVmstate) {
        delegate.assertNoSnapshotBlockers(conf, saveVmstate);
    }

    @Override
    public boolean isRunning(int vmid) {
        return delegate.isRunning(vmid);
    }

    @Override
    public ConfigSection saveVmstate(int vmid, GuestConfig conf, String snapname, ConfigSection snap) {
        return delegate.saveVmstate(vmid, conf, snapname, snap);
    }

    @Override
    public FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
        return delegate.freezeNeeded(vmid, conf, hasVmstate);
    }

    @Override
    public void freeze(int vmid) {
        reach("freeze");
        delegate.freeze(vmid);
    }

    @Override
    public void thaw(int vmid) {
        reach("thaw");
        delegate.thaw(vmid);
    }

    @Override
    public void activateStorages(ConfigSection conf, boolean includeVmstate) {
        reach("activateStorages");
        delegate.activateStorages(conf, includeVmstate);
    }

    @Override
    public void volumeSnapshotsHook(int vmid, ConfigSection snap, boolean running, Phase phase) {
        reach("volumeSnapshotsHook");
        delegate.volumeSnapshotsHook(vmid, snap, running, phase);
    }

    @Override
    public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
        reach("createVolumeSnapshot");
        delegate.createVolumeSnapshot(vmid, volume, snapname);
    }

    @Override
    public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
        reach("deleteVolumeSnapshot");
        delegate.deleteVolumeSnapshot(vmid, volume, snapname, unused);
    }

    @Override
    public void deleteVmstate(ConfigSection snap, boolean force) {
        reach("deleteVmstate");
        delegate.deleteVmstate(snap, force);
    }

    @Override
    public ConfigSection removeDriveFromSnapshot(ConfigSection snap, String key) {
        return delegate.removeDriveFromSnapshot(snap, key);
    }

    @Override
    public void assertRollbackPossible(GuestVolume volume, String snapname, List<String> blockers) {
        reach("assertRollbackPossible");
        delegate.assertRollbackPossible(volume, snapname, blockers);
    }

    @Override
    public void rollbackVolume(GuestVolume volume, String snapname) {
        reach("rollbackVolume");
        delegate.rollbackVolume(volume, snapname);
    }

    @Override
    public void stopForRollback(int vmid) {
        reach("stopForRollback");
        delegate.stopForRollback(vmid);
    }

    @Override
    public void startFromVmstate(int vmid, String vmstate, Map<String, Object> data) {
        reach("startFromVmstate");
        delegate.startFromVmstate(vmid, vmstate, data);
    }

    @Override
    public List<String> unusedAfterRollback(ConfigSection conf, ConfigSection snap) {
        return delegate.unusedAfterRollback(conf, snap);
    }

    @Override
    public ConfigSection rollbackHook(int vmid, ConfigSection conf, ConfigSection snap, boolean prepare,
            Map<String, Object> data) {
        return delegate.rollbackHook(vmid, conf, snap, prepare, data);
    }

    @Override
    public void assertNotNeededByReplication(int vmid, GuestConfig conf, ConfigSection snap, String snapname) {
        delegate.assertNotNeededByReplication(vmid, conf, snap, snapname);
    }

    @Override
    public void removeReplicationBlockers(int vmid, ConfigSection snap, String snapname) {
        delegate.removeReplicationBlockers(vmid, snap, snapname);
    }
}
