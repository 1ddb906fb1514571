package dev.jpve.node.app;

import dev.jpve.guest.GuestConfigException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The directory storage {@code local} of app volumes: volume {@code local:<vmid>/<name>} is
 * {@code <root>/images/<vmid>/<name>}. A name ending in {@code .qcow2} is a qcow2 image with
 * internal snapshots ({@code qemu-img}); any other name is a plain file or directory whose
 * snapshots are copies ({@link CopySnapshots}). Without {@code qemu-img}, new images are raw files.
 *
 * {@snippet :
 * DirStorage storage = new DirStorage(Path.of("data/storage"), QemuImg.detect());
 * String value = storage.allocate(100, "dir");       // "local:100/vm-100-disk-0"
 * Path dir = storage.path(AppVolumes.volid(value));
 * }
 */
public final class DirStorage {
    /** The storage id in volume ids. */
    public static final String STORAGE_ID = "local";

    private static final Pattern VOLID = Pattern.compile("local:(\\d+)/([A-Za-z0-9][A-Za-z0-9_.\\-]*)");
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?");
    private static final BigDecimal GIB = BigDecimal.valueOf(1L << 30);

    private final Path root;
    private final Optional<QemuImg> qemuImg;

    /**
     * A storage under {@code root}.
     *
     * @param qemuImg the detected {@code qemu-img}; empty: new images are raw files, and existing
     *     qcow2 volumes cannot be snapshotted
     */
    public DirStorage(Path root, Optional<QemuImg> qemuImg) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        this.qemuImg = Objects.requireNonNull(qemuImg, "qemuImg");
    }

    /** The storage's root directory. */
    public Path root() {
        return root;
    }

    /** Whether qcow2 images are made and snapshotted with {@code qemu-img}. */
    public boolean hasQemuImg() {
        return qemuImg.isPresent();
    }

    /** Whether the text is a volume id of this storage. */
    public static boolean isVolid(String volid) {
        return VOLID.matcher(volid).matches();
    }

    /**
     * The path of a volume.
     *
     * @throws GuestConfigException {@code unable to parse volume ID '<volid>'}
     */
    public Path path(String volid) {
        Matcher m = VOLID.matcher(volid);
        if (!m.matches()) {
            throw new GuestConfigException("unable to parse volume ID '" + volid + "'");
        }
        return root.resolve("images").resolve(m.group(1)).resolve(m.group(2));
    }

    /** Whether the volume exists. */
    public boolean exists(String volid) {
        return Files.exists(path(volid));
    }

    /**
     * Allocates a new volume for the guest and returns the config value naming it:
     * {@code dir} makes a directory ({@code local:100/vm-100-disk-0}), a size in GiB an image
     * ({@code local:100/vm-100-disk-1.qcow2,size=1G}, or {@code .raw} without qemu-img).
     *
     * @throws GuestConfigException {@code unable to parse size '<spec>'}
     */
    public String allocate(int vmid, String spec) {
        Path dir = root.resolve("images").resolve(Integer.toString(vmid));
        try {
            Files.createDirectories(dir);
            String name = freeName(dir, vmid);
            if (spec.equals("dir")) {
                Files.createDirectory(dir.resolve(name));
                return STORAGE_ID + ":" + vmid + "/" + name;
            }
            long bytes = bytes(spec);
            String file = name + (qemuImg.isPresent() ? ".qcow2" : ".raw");
            if (qemuImg.isPresent()) {
                qemuImg.get().create(dir.resolve(file), bytes);
            } else {
                try (RandomAccessFile raw = new RandomAccessFile(dir.resolve(file).toFile(), "rw")) {
                    raw.setLength(bytes);
                }
            }
            return STORAGE_ID + ":" + vmid + "/" + file + ",size=" + sizeText(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Removes the volume with every snapshot of it; a missing volume is no error. */
    public void free(String volid) {
        Path path = path(volid);
        if (Files.exists(path)) {
            snapshots(volid).deleteAll(path);
        }
        CopySnapshots.remove(path);
    }

    /** Removes the guest's image directory if nothing is left in it. */
    public void removeGuestDirectory(int vmid) {
        try {
            Files.deleteIfExists(root.resolve("images").resolve(Integer.toString(vmid)));
        } catch (IOException e) {
            // not empty: something the config no longer names stays for the administrator
        }
    }

    /** Takes snapshot {@code snap} of the volume. */
    public void snapshot(String volid, String snap) {
        snapshots(volid).create(existing(volid), snap);
    }

    /** Removes snapshot {@code snap} of the volume; a missing snapshot is no error. */
    public void deleteSnapshot(String volid, String snap) {
        snapshots(volid).delete(existing(volid), snap);
    }

    /** The snapshots of the volume, oldest first. */
    public List<String> listSnapshots(String volid) {
        return snapshots(volid).list(existing(volid));
    }

    /** The newer snapshots that block a rollback of the volume to {@code snap}; empty when possible. */
    public List<String> rollbackBlockers(String volid, String snap) {
        return snapshots(volid).rollbackBlockers(existing(volid), snap);
    }

    /** Rolls the volume back to {@code snap}. */
    public void rollback(String volid, String snap) {
        snapshots(volid).rollback(existing(volid), snap);
    }

    /** Whether the volume's snapshots can be taken here (qcow2 needs {@code qemu-img}). */
    public boolean canSnapshot(String volid) {
        return isVolid(volid) && (!volid.endsWith(".qcow2") || qemuImg.isPresent());
    }

    private VolumeSnapshots snapshots(String volid) {
        if (volid.endsWith(".qcow2")) {
            return new Qcow2Snapshots(qemuImg.orElseThrow(() -> new GuestConfigException(
                    "qemu-img is not installed - cannot snapshot qcow2 volume '" + volid + "'")));
        }
        return new CopySnapshots();
    }

    private Path existing(String volid) {
        Path path = path(volid);
        if (!Files.exists(path)) {
            throw new GuestConfigException("volume '" + volid + "' does not exist");
        }
        return path;
    }

    private static String freeName(Path dir, int vmid) throws IOException {
        for (int n = 0;; n++) {
            String name = "vm-" + vmid + "-disk-" + n;
            try (var files = Files.list(dir)) {
                if (files.map(p -> p.getFileName().toString()).noneMatch(f -> f.equals(name)
                        || f.startsWith(name + ".") || f.startsWith(name + "@") || f.startsWith("." + name))) {
                    return name;
                }
            }
        }
    }

    private static long bytes(String spec) {
        if (!SIZE.matcher(spec).matches()) {
            throw new GuestConfigException("unable to parse size '" + spec + "'");
        }
        long bytes = new BigDecimal(spec).multiply(GIB).longValue();
        return Math.max(bytes, 1L << 20) / (1L << 20) * (1L << 20);
    }

    private static String sizeText(long bytes) {
        return bytes % (1L << 30) == 0 ? bytes / (1L << 30) + "G" : bytes / (1L << 20) + "M";
    }
}
