package dev.jpve.node.app;

import dev.jpve.guest.GuestConfigException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Internal qcow2 snapshots through {@code qemu-img}; nothing blocks a rollback to any of them. */
record Qcow2Snapshots(QemuImg qemuImg) implements VolumeSnapshots {
    Qcow2Snapshots {
        Objects.requireNonNull(qemuImg, "qemuImg");
    }

    @Override
    public void create(Path volume, String snap) {
        qemuImg.snapshot(volume, snap);
    }

    @Override
    public void delete(Path volume, String snap) {
        if (list(volume).contains(snap)) {
            qemuImg.deleteSnapshot(volume, snap);
        }
    }

    @Override
    public List<String> list(Path volume) {
        return qemuImg.snapshots(volume);
    }

    @Override
    public List<String> rollbackBlockers(Path volume, String snap) {
        if (!list(volume).contains(snap)) {
            throw new GuestConfigException("snapshot '" + snap + "' does not exist on '" + volume.getFileName() + "'");
        }
        return List.of();
    }

    @Override
    public void rollback(Path volume, String snap) {
        qemuImg.applySnapshot(volume, snap);
    }
}
