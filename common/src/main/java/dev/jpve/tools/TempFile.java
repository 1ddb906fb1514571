package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.FileCalls;
import dev.jpve.tools.posix.HeapIo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An anonymous temporary file ({@code tempfile} / {@code tempfile_contents}): an
 * {@code O_TMPFILE} inode that has no name and vanishes when this handle is closed.
 *
 * <p>{@link #path()} is {@code /proc/<pid>/fd/<n>}: opening it (from this process or from a
 * child process, e.g. a command given the path as argument) yields a new open file at offset 0.
 * The descriptor itself is close-on-exec.
 *
 * {@snippet :
 * try (TempFile key = TempFile.withContents(pem, 0600)) {
 *     Command.of("ssh-keygen", "-l", "-f", key.path().toString()).run();
 * }
 * }
 */
public final class TempFile implements AutoCloseable {
    /** The permission used when none is given. */
    public static final int DEFAULT_PERM = 0600;

    private static final long PID = ProcessHandle.current().pid();

    private final int fd;
    private final AtomicBoolean closed = new AtomicBoolean();

    private TempFile(int fd) {
        this.fd = fd;
    }

    /**
     * Creates an empty anonymous file in the default directory: {@code /run/user/<uid>} if that
     * is a directory, else {@code /run} for root, else {@code /tmp}. Where the file system lacks
     * {@code O_TMPFILE}, a file {@code /tmp/.tmpfile.<pid>} is created and unlinked at once.
     *
     * @param perm the mode bits (minus the umask), {@code 0} to {@code 07777}
     * @throws IOException {@code failed to create tempfile: <errno>\n}
     */
    public static TempFile create(int perm) throws IOException {
        checkPerm(perm);
        return new TempFile(open(defaultDirectory(), false, perm));
    }

    /**
     * Like {@link #create(int)} in {@code dir}; the fallback name is {@code <dir>/.tmpfile.<pid>}.
     */
    public static TempFile create(Path dir, int perm) throws IOException {
        Objects.requireNonNull(dir, "dir");
        checkPerm(perm);
        return new TempFile(open(dir, true, perm));
    }

    /**
     * Creates an anonymous file holding {@code data} ({@code tempfile_contents}).
     *
     * @throws IOException {@code failed to create tempfile: <errno>\n} or
     *     {@code unable to write to tempfile: <errno>\n}
     */
    public static TempFile withContents(byte[] data, int perm) throws IOException {
        Objects.requireNonNull(data, "data");
        TempFile file = create(perm);
        try {
            HeapIo.writeFully(file.fd, data);
        } catch (ErrnoException e) {
            file.close();
            throw new IOException("unable to write to tempfile: " + e.getMessage() + "\n", e);
        }
        return file;
    }

    /** {@link #withContents(byte[], int)} with {@link #DEFAULT_PERM}. */
    public static TempFile withContents(byte[] data) throws IOException {
        return withContents(data, DEFAULT_PERM);
    }

    /** The name other processes can open: {@code /proc/<pid>/fd/<n>}. */
    public Path path() {
        return Path.of("/proc/" + PID + "/fd/" + fd);
    }

    /** The raw descriptor (valid until {@link #close()}); its offset is after the written data. */
    public int fd() {
        return fd;
    }

    /** Closes the descriptor; the file is gone once no other process holds it open. Idempotent. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            Fd.closeQuietly(fd);
        }
    }

    private static int open(Path dir, boolean dirGiven, int perm) throws IOException {
        int flags = Fd.O_RDWR | Fd.O_EXCL | Fd.O_TMPFILE | Fd.O_CLOEXEC;
        try {
            return Fd.open(dir.toString(), flags, perm);
        } catch (ErrnoException e) {
            if (e.errno() != Fd.EOPNOTSUPP) {
                throw failure(e);
            }
        }
        return openUnlinked(dirGiven ? dir : Path.of("/tmp"), perm);
    }

    private static int openUnlinked(Path dir, int perm) throws IOException {
        String name = dir.resolve(".tmpfile." + PID).toString();
        try {
            int fd = Fd.open(name, Fd.O_RDWR | Fd.O_CREAT | Fd.O_EXCL | Fd.O_CLOEXEC, perm);
            FileCalls.unlinkQuietly(name);
            return fd;
        } catch (ErrnoException e) {
            throw failure(e);
        }
    }

    private static Path defaultDirectory() {
        int uid = FileCalls.getuid();
        Path userRun = Path.of("/run/user/" + uid);
        if (Files.isDirectory(userRun)) {
            return userRun;
        }
        return Path.of(uid == 0 ? "/run" : "/tmp");
    }

    private static IOException failure(ErrnoException e) {
        return new IOException("failed to create tempfile: " + e.getMessage() + "\n", e);
    }

    private static void checkPerm(int perm) {
        if (perm < 0 || perm > 07777) {
            throw new IllegalArgumentException("perm must be within 0 and 07777, got 0"
                    + Integer.toOctalString(perm));
        }
    }
}
