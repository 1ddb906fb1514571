package dev.jpve.guest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A test container type for the snapshot engine, after pve-container's {@code snapshot-test.pm}
 * mocks: {@link RecordingGuest}'s volume behaviour on mount points (bind and device mounts are
 * never snapshotted), the container's freeze rule, and pve-container's texts for the hooks it
 * leaves unimplemented.
 */
class ContainerGuest extends RecordingGuest {
    @Override
    public List<String> volumeKeys() {
        return VolumeKind.lxc().volumeKeys();
    }

    @Override
    public Optional<GuestVolume> parseVolume(String key, String value) {
        return VolumeKind.lxc().parseVolume(key, value);
    }

    @Override
    boolean skipped(GuestVolume volume) {
        return !volume.mountType().equals("volume");
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
    public void volumeSnapshotsHook(int vmid, ConfigSection snap, boolean running, Phase phase) {}

    @Override
    public ConfigSection removeDriveFromSnapshot(ConfigSection snap, String key) {
        Optional<GuestVolume> mp = Optional.ofNullable(snap.properties().get(key)).flatMap(v -> parseVolume(key, v));
        if (mp.isPresent() && !skipped(mp.get())) {
            snap = UnusedVolumes.add(snap, mp.get().volid(), maxUnusedDisks()).map(UnusedVolumes.Added::section)
                    .orElse(snap);
        }
        return snap.without(key);
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
            if (!skipped(mp) && !inSnap.contains(mp.volid())) {
                out.add(mp.volid());
            }
        }
        return out;
    }
}
