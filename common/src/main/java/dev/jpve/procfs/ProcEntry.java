package dev.jpve.procfs;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes a value into a kernel tunable such as {@code /proc/sys/...} or
 * {@code /sys/fs/cgroup/...} ({@code write_proc_entry}).
 *
 * <p>Upstream prints through a buffered handle, so for values up to its 8 KiB buffer the kernel
 * first sees the data when the file is closed, and a rejected value is reported as a failure to
 * close. That wording is kept: a failed write of such a short value reads
 * {@code closing file '<f>' failed - <errno>}.
 */
public final class ProcEntry {
    /** Perl's PerlIO buffer size: data up to this size reaches the kernel at close time. */
    private static final int PERL_BUFFER = 8192;

    private ProcEntry() {}

    /**
     * Opens {@code file} write-only (no create, no truncate), writes {@code data} (UTF-8) and
     * closes it.
     *
     * @throws IOException with upstream's text: {@code unable to open file '<f>' - <errno>\n},
     *     {@code unable to write '<f>' - <errno>\n} or {@code closing file '<f>' failed - <errno>\n}
     */
    public static void write(Path file, String data) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(data, "data");
        byte[] bytes = data.getBytes(StandardCharsets.UTF_8);
        int fd;
        try {
            fd = Fd.open(file.toString(), Fd.O_WRONLY | Fd.O_CLOEXEC, 0);
        } catch (ErrnoException e) {
            throw new IOException("unable to open file '" + file + "' - " + e.getMessage() + "\n", e);
        }
        try {
            Fd.writeFully(fd, bytes);
        } catch (ErrnoException e) {
            Fd.closeQuietly(fd);
            String what = bytes.length <= PERL_BUFFER ? "closing file '" + file + "' failed - "
                    : "unable to write '" + file + "' - ";
            throw new IOException(what + e.getMessage() + "\n", e);
        }
        try {
            Fd.close(fd);
        } catch (ErrnoException e) {
            throw new IOException("closing file '" + file + "' failed - " + e.getMessage() + "\n", e);
        }
    }
}
