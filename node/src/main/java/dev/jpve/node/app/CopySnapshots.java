package dev.jpve.node.app;

import dev.jpve.guest.GuestConfigException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Snapshots of plain files and directories as copies beside them ({@code <volume>@<snap>}, made
 * with {@code cp --reflink=auto -a}, so a copy-on-write file system shares the blocks). As on ZFS,
 * only the newest snapshot can be rolled back to: newer ones are reported as blockers. The
 * order is kept in {@code .<volume name>.snapshots} beside the volume.
 */
record CopySnapshots() implements VolumeSnapshots {
    @Override
    public void create(Path volume, String snap) {
        Path copy = copyOf(volume, snap);
        if (Files.exists(copy)) {
            throw new GuestConfigException("snapshot copy '" + copy.getFileName() + "' already exists");
        }
        copy(volume, copy);
        List<String> order = list(volume);
        order.add(snap);
        writeOrder(volume, order);
    }

    @Override
    public void delete(Path volume, String snap) {
        remove(copyOf(volume, snap));
        List<String> order = list(volume);
        if (order.remove(snap)) {
            writeOrder(volume, order);
        }
    }

    @Override
    public List<String> list(Path volume) {
        Path index = orderFile(volume);
        try {
            return Files.exists(index) ? new ArrayList<>(Files.readAllLines(index, StandardCharsets.UTF_8))
                    : new ArrayList<>();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<String> rollbackBlockers(Path volume, String snap) {
        List<String> order = list(volume);
        int at = order.indexOf(snap);
        if (at < 0 || !Files.exists(copyOf(volume, snap))) {
            throw new GuestConfigException("snapshot '" + snap + "' does not exist on '" + volume.getFileName() + "'");
        }
        return List.copyOf(order.subList(at + 1, order.size()));
    }

    @Override
    public void rollback(Path volume, String snap) {
        Path copy = copyOf(volume, snap);
        if (!Files.exists(copy)) {
            throw new GuestConfigException("snapshot '" + snap + "' does not exist on '" + volume.getFileName() + "'");
        }
        remove(volume);
        copy(copy, volume);
    }

    /** Removes a file or a directory tree; a missing one is no error. */
    static void remove(Path path) {
        QuietCommand.run("unable to remove '" + path + "'", List.of("rm", "-rf", "--", path.toString()));
    }

    private static void copy(Path from, Path to) {
        QuietCommand.run("unable to copy '" + from.getFileName() + "'",
                List.of("cp", "--reflink=auto", "-a", "-T", "--", from.toString(), to.toString()));
    }

    private static Path copyOf(Path volume, String snap) {
        return volume.resolveSibling(volume.getFileName() + "@" + snap);
    }

    private static Path orderFile(Path volume) {
        return volume.resolveSibling("." + volume.getFileName() + ".snapshots");
    }

    private static void writeOrder(Path volume, List<String> order) {
        try {
            if (order.isEmpty()) {
                Files.deleteIfExists(orderFile(volume));
            } else {
                Files.write(orderFile(volume), order, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
