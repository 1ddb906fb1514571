package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.FileCalls;
import dev.jpve.tools.posix.HeapIo;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Creates a new file owned by a given user ({@code create_owned_file_fh}), e.g. a task log that a
 * worker running as another user writes.
 *
 * {@snippet :
 * try (OutputStream log = OwnedFiles.create(Path.of("/var/log/x/task"), 33, -1, 0640)) {
 *     log.write(bytes);
 * }
 * }
 */
public final class OwnedFiles {
    /** The permission used when none is given. */
    public static final int DEFAULT_PERM = 0640;

    private OwnedFiles() {}

    /**
     * Creates the parent directories (best effort), creates {@code file} exclusively with
     * {@code perm} (minus the umask) and changes its owner.
     *
     * @param uid the new owner
     * @param gid the new group, {@code -1} to keep the caller's
     * @return an unbuffered stream writing to the new file; close it
     * @throws IOException {@code unable to create file '<f>' - <errno>\n}, or {@code failed to
     *     change owner of '<f>' to <uid>:<gid> - <errno>\n} (the file is removed again)
     */
    public static OutputStream create(Path file, int uid, int gid, int perm) throws IOException {
        Objects.requireNonNull(file, "file");
        if (perm < 0 || perm > 07777) {
            throw new IllegalArgumentException("perm must be within 0 and 07777, got 0"
                    + Integer.toOctalString(perm));
        }
        createParents(file);
        int fd = openNew(file, perm);
        try {
            FileCalls.fchown(fd, uid, gid);
        } catch (ErrnoException e) {
            Fd.closeQuietly(fd);
            FileCalls.unlinkQuietly(file.toString());
            throw new IOException("failed to change owner of '" + file + "' to " + uid + ":" + gid
                    + " - " + e.getMessage() + "\n", e);
        }
        return new FdOutputStream(fd);
    }

    private static int openNew(Path file, int perm) throws IOException {
        try {
            return Fd.open(file.toString(), Fd.O_WRONLY | Fd.O_CREAT | Fd.O_EXCL | Fd.O_CLOEXEC, perm);
        } catch (ErrnoException e) {
            throw new IOException("unable to create file '" + file + "' - " + e.getMessage() + "\n", e);
        }
    }

    /** Best effort, as upstream: a failure shows up as the open's error. */
    private static void createParents(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
        } catch (IOException ignored) {
            // the exclusive open reports what is wrong
        }
    }

    /** An unbuffered stream on a raw descriptor that it owns. */
    private static final class FdOutputStream extends OutputStream {
        private final int fd;
        private boolean closed;

        FdOutputStream(int fd) {
            this.fd = fd;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            Objects.checkFromIndexSize(off, len, b.length);
            if (closed) {
                throw new IOException("stream closed");
            }
            HeapIo.writeFully(fd, java.util.Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public synchronized void close() throws IOException {
            if (!closed) {
                closed = true;
                Fd.close(fd);
            }
        }
    }
}
