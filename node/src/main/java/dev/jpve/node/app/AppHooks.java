package dev.jpve.node.app;

import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.GuestConfigException;
import dev.jpve.guest.GuestVolume;
import dev.jpve.guest.SnapshotHooks;
import dev.jpve.guest.Snapshots;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The snapshot hooks of the {@code app} type: volume snapshots on the {@link DirStorage}, the
 * process frozen (SIGSTOP) around them while it runs, and a stop before a rollback. Saving the
 * RAM state is not supported: an app has no RAM image to save.
 */
public final class AppHooks implements SnapshotHooks {
    /** The error of a snapshot that asks for the RAM state. */
    public static final String NO_VMSTATE = "saving the RAM state is not supported for app guests";

    private final DirStorage storage;
    private final AppSupervisor supervisor;

    /** Hooks over the storage and the supervisor. */
    public AppHooks(DirStorage storage, AppSupervisor supervisor) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.supervisor = Objects.requireNonNull(supervisor, "supervisor");
    }

    @Override
    public List<String> volumeKeys() {
        return AppProperties.VOLUME_KEYS;
    }

    @Override
    public boolean hasSnapshotFeature(ConfigSection conf, boolean backupOnly) {
        return Snapshots.volumes(this, conf).stream().allMatch(v -> storage.canSnapshot(v.volid()));
    }

    @Override
    public boolean isRunning(int vmid) {
        return supervisor.running(vmid).isPresent();
    }

    @Override
    public ConfigSection saveVmstate(int vmid, GuestConfig conf, String snapname, ConfigSection snap) {
        throw new GuestConfigException(NO_VMSTATE);
    }

    @Override
    public FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
        boolean running = isRunning(vmid);
        return new FreezeDecision(running, running);
    }

    @Override
    public void freeze(int vmid) {
        supervisor.freeze(vmid);
    }

    @Override
    public void thaw(int vmid) {
        supervisor.thaw(vmid);
    }

    @Override
    public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
        storage.snapshot(volume.volid(), snapname);
    }

    @Override
    public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
        storage.deleteSnapshot(volume.volid(), snapname);
        unused.add(volume.volid());
    }

    @Override
    public void deleteVmstate(ConfigSection snap, boolean force) {
        // nothing is ever saved (saveVmstate refuses)
    }

    @Override
    public void assertRollbackPossible(GuestVolume volume, String snapname, List<String> blockers) {
        List<String> newer = storage.rollbackBlockers(volume.volid(), snapname);
        if (!newer.isEmpty()) {
            blockers.addAll(newer);
            throw new GuestConfigException("can't rollback, '" + snapname + "' is not most recent snapshot on '"
                    + volume.volid() + "' (newer: " + String.join(", ", newer) + ")");
        }
    }

    @Override
    public void rollbackVolume(GuestVolume volume, String snapname) {
        storage.rollback(volume.volid(), snapname);
    }

    @Override
    public void stopForRollback(int vmid) {
        supervisor.stop(vmid);
    }

    @Override
    public void startFromVmstate(int vmid, String vmstate, Map<String, Object> data) {
        throw new GuestConfigException(NO_VMSTATE);
    }
}
