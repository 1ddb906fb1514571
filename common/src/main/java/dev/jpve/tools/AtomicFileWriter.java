package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.FileCalls;
import dev.jpve.tools.posix.HeapIo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code file_set_contents}: writes a temp file {@code <name>.tmp.<pid>} beside the target,
 * fsyncs it and renames it over the target, then fsyncs the directory.
 *
 * <p>The temp name is upstream's; it is made unique per thread by letting only one thread of
 * this JVM write a given target at a time (a striped lock on the absolute path), so two threads
 * never share, or unlink each other's, temp file.
 */
final class AtomicFileWriter {
    private static final long PID = ProcessHandle.current().pid();
    private static final int OPEN_ATTEMPTS = 3;
    private static final ReentrantLock[] STRIPES = newStripes(64);

    private AtomicFileWriter() {}

    static void write(Path target, byte[] data, int perm) throws IOException {
        ReentrantLock stripe = stripeFor(target);
        stripe.lock();
        try {
            writeUnshared(target, data, perm);
        } finally {
            stripe.unlock();
        }
    }

    private static void writeUnshared(Path target, byte[] data, int perm) throws IOException {
        String name = target.toString();
        String tmp = name + ".tmp." + PID;
        int fd = openExclusive(tmp, perm);
        fillAndClose(fd, tmp, data);
        try {
            FileCalls.rename(tmp, name);
        } catch (ErrnoException e) {
            FileCalls.unlinkQuietly(tmp);
            throw failure("close (rename) atomic file '" + name + "' failed: ", e);
        }
        syncDirectoryOf(target);
    }

    private static int openExclusive(String tmp, int perm) throws IOException {
        ErrnoException last = null;
        for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
            try {
                return Fd.open(tmp, Fd.O_WRONLY | Fd.O_CREAT | Fd.O_EXCL | Fd.O_CLOEXEC, perm);
            } catch (ErrnoException e) {
                last = e;
                if (e.errno() != Fd.EEXIST) {
                    break;
                }
                removeStale(tmp);
            }
        }
        throw failure("unable to open file '" + tmp + "' - ", last);
    }

    private static void removeStale(String tmp) throws IOException {
        try {
            FileCalls.unlink(tmp);
        } catch (ErrnoException e) {
            throw failure("unable to delete old temp file: ", e);
        }
    }

    private static void fillAndClose(int fd, String tmp, byte[] data) throws IOException {
        try {
            HeapIo.writeFully(fd, data);
            FileCalls.fsync(fd);
        } catch (ErrnoException e) {
            Fd.closeQuietly(fd);
            FileCalls.unlinkQuietly(tmp);
            throw failure("unable to write '" + tmp + "' - ", e);
        }
        try {
            Fd.close(fd);
        } catch (ErrnoException e) {
            FileCalls.unlinkQuietly(tmp);
            throw failure("closing file '" + tmp + "' failed - ", e);
        }
    }

    /** Best effort: the rename is done; a directory that cannot be synced changes nothing. */
    private static void syncDirectoryOf(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        int fd = -1;
        try {
            fd = Fd.open(dir.toString(), Fd.O_RDONLY | Fd.O_DIRECTORY | Fd.O_CLOEXEC, 0);
            FileCalls.fsync(fd);
        } catch (ErrnoException ignored) {
            // durability is an improvement over upstream, never a new failure mode
        } finally {
            Fd.closeQuietly(fd);
        }
    }

    private static IOException failure(String prefix, ErrnoException cause) {
        return new IOException(prefix + cause.getMessage() + "\n", cause);
    }

    private static ReentrantLock stripeFor(Path target) {
        int hash = target.toAbsolutePath().normalize().hashCode();
        return STRIPES[Math.floorMod(hash, STRIPES.length)];
    }

    private static ReentrantLock[] newStripes(int count) {
        ReentrantLock[] stripes = new ReentrantLock[count];
        for (int i = 0; i < count; i++) {
            stripes[i] = new ReentrantLock();
        }
        return stripes;
    }
}
