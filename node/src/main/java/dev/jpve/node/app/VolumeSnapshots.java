package dev.jpve.node.app;

import java.nio.file.Path;
import java.util.List;

/** How the snapshots of one kind of volume are taken, removed and rolled back. */
sealed interface VolumeSnapshots permits Qcow2Snapshots, CopySnapshots {
    /** Takes snapshot {@code snap} of the volume. */
    void create(Path volume, String snap);

    /** Removes snapshot {@code snap}; a snapshot that does not exist is no error. */
    void delete(Path volume, String snap);

    /** The snapshots, oldest first. */
    List<String> list(Path volume);

    /**
     * The newer snapshots that keep the volume from going back to {@code snap} (empty when
     * rollback is possible).
     *
     * @throws dev.jpve.guest.GuestConfigException when the volume has no such snapshot
     */
    List<String> rollbackBlockers(Path volume, String snap);

    /** Puts the volume back to snapshot {@code snap}. */
    void rollback(Path volume, String snap);

    /** Removes every snapshot of the volume (before the volume itself is freed). */
    default void deleteAll(Path volume) {
        for (String snap : list(volume)) {
            delete(volume, snap);
        }
    }
}
