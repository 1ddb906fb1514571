package dev.jpve.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A test guest type for the snapshot engine, after qemu-server's {@code snapshot-test.pm} mocks:
 * volumes named {@code unsnapshotable-*} fail, CD-ROMs are skipped, and every hook call is recorded.
 */
class RecordingGuest implements SnapshotHooks {
    final List<String> calls = new ArrayList<>();
    boolean running = true;
    boolean feature = true;
    boolean activationFails;
    boolean freezeFails;
    boolean saveVmstateFails;
    boolean savevmStartFails;
    boolean stopFails;
    boolean rollbackImpossible;

    @Override
    public List<String> volumeKeys() {
        return List.of("ide0", "ide1", "ide2", "ide3", "scsi0", "virtio0", "sata0");
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
        if (saveVmstateFails) {
            throw new GuestConfigException("save_vmstate failed");
        }
        calls.add("save-vmstate " + snapname);
        return snap.with("vmstate", "somestorage:state-volume").with("runningmachine", "q35");
    }

    @Override
    public FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
        boolean agent = conf.get("agent").filter("1"::equals).isPresent();
        return new FreezeDecision(running, running && !hasVmstate && agent);
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
    public void volumeSnapshotsHook(int vmid, ConfigSection snap, boolean running, Phase phase) {
        calls.add("hook " + phase.word());
        if (phase == Phase.BEFORE && savevmStartFails) {
            throw new GuestConfigException("savevm-start disabled");
        }
    }

    /** Whether the type takes no volume snapshot of this volume (VM: a CD-ROM). */
    boolean skipped(GuestVolume volume) {
        return volume.isCdrom();
    }

    @Override
    public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
        if (skipped(volume)) {
            return;
        }
        if (volume.volid().contains("unsnapshotable")) {
            throw new GuestConfigException("volume snapshot disabled");
        }
        calls.add("create " + volume.volid() + "@" + snapname);
    }

    @Override
    public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
        if (skipped(volume)) {
            return;
        }
        if (volume.volid().contains("unsnapshotable")) {
            throw new GuestConfigException("volume snapshot delete disabled");
        }
        calls.add("delete " + volume.volid() + "@" + snapname);
        unused.add(volume.volid());
    }

    @Override
    public void deleteVmstate(ConfigSection snap, boolean force) {
        calls.add("free " + snap.get("vmstate").orElseThrow());
    }

    @Override
    public void assertRollbackPossible(GuestVolume volume, String snapname, List<String> blockers) {
        if (rollbackImpossible && !skipped(volume)) {
            throw new GuestConfigException("volume_rollback_is_possible failed");
        }
    }

    @Override
    public void rollbackVolume(GuestVolume volume, String snapname) {
        if (skipped(volume)) {
            return;
        }
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
        calls.add("start " + vmstate);
    }
}
