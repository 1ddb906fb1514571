package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Whole-file reads and atomic whole-file writes ({@code file_get_contents},
 * {@code file_set_contents}, {@code file_copy}, {@code file_read_firstline},
 * {@code file_read_last_line}, {@code safe_print}).
 *
 * <p>Every failure is an {@link IOException} whose message is upstream's text, final
 * {@code \n} included. File names appear in messages as {@link Path#toString()} renders them.
 *
 * {@snippet :
 * FileContents.set(Path.of("/etc/pve/x.cfg"), "key: value\n", 0640, false);
 * byte[] raw = FileContents.get(Path.of("/etc/pve/x.cfg"), 0); // at most 1 MiB
 * }
 */
public final class FileContents {
    /** The size limit used when none is given: 1 MiB, the pmxcfs file size limit. */
    public static final long DEFAULT_MAX = 1024 * 1024;
    /** The permission used when none is given (before the umask). */
    public static final int DEFAULT_PERM = 0644;

    private static final int CHUNK = 8192;

    private FileContents() {}

    /**
     * Reads a whole file.
     *
     * @param max the size limit in bytes; {@code <= 0} means {@link #DEFAULT_MAX}. A file of
     *     exactly {@code max} bytes is accepted.
     * @throws IOException {@code can't open '<f>' - <errno>\n}, {@code file '<f>' too long -
     *     aborting\n} or {@code unable to read file '<f>' - <errno>\n}
     */
    public static byte[] get(Path file, long max) throws IOException {
        Objects.requireNonNull(file, "file");
        int fd;
        try {
            fd = Fd.open(file.toString(), Fd.O_RDONLY | Fd.O_CLOEXEC, 0);
        } catch (ErrnoException e) {
            throw new IOException("can't open '" + file + "' - " + e.getMessage() + "\n", e);
        }
        try {
            return readAll(fd, max <= 0 ? DEFAULT_MAX : max, "file '" + file + "'");
        } finally {
            Fd.closeQuietly(fd);
        }
    }

    /** {@link #get(Path, long)} decoded as UTF-8 (malformed bytes become U+FFFD). */
    public static String getString(Path file, long max) throws IOException {
        return new String(get(file, max), StandardCharsets.UTF_8);
    }

    /**
     * Atomically replaces {@code file} with {@code data}: a temp file {@code <file>.tmp.<pid>}
     * is created exclusively with {@code perm} (minus the umask), written, fsynced and renamed
     * over {@code file}, then the directory is fsynced. On failure the temp file is removed and
     * {@code file} is untouched.
     *
     * @param perm the new file's mode bits, {@code 0} to {@code 07777}
     * @throws IOException {@code unable to open file '<tmp>' - <errno>\n}, {@code unable to
     *     delete old temp file: <errno>\n}, {@code unable to write '<tmp>' - <errno>\n},
     *     {@code closing file '<tmp>' failed - <errno>\n} or {@code close (rename) atomic file
     *     '<f>' failed: <errno>\n}
     */
    public static void set(Path file, byte[] data, int perm) throws IOException {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(data, "data");
        checkPerm(perm);
        AtomicFileWriter.write(file, data, perm);
    }

    /** {@link #set(Path, byte[], int)} with {@link #DEFAULT_PERM}. */
    public static void set(Path file, byte[] data) throws IOException {
        set(file, data, DEFAULT_PERM);
    }

    /**
     * Writes text as upstream writes a Perl string: UTF-8 when {@code forceUtf8} or when some
     * character is beyond U+00FF, otherwise one byte per character (Latin-1); then as
     * {@link #set(Path, byte[], int)}.
     */
    public static void set(Path file, String data, int perm, boolean forceUtf8) throws IOException {
        Objects.requireNonNull(data, "data");
        set(file, PerlText.bytes(data, forceUtf8), perm);
    }

    /**
     * Copies {@code src} to {@code dst} ({@code file_copy}): a {@link #get(Path, long)} with
     * {@code max} followed by a {@link #set(Path, byte[], int)} with {@code perm}.
     */
    public static void copy(Path src, Path dst, long max, int perm) throws IOException {
        set(dst, get(src, max), perm);
    }

    /** {@link #copy(Path, Path, long, int)} with the 1 MiB limit and {@link #DEFAULT_PERM}. */
    public static void copy(Path src, Path dst) throws IOException {
        copy(src, dst, DEFAULT_MAX, DEFAULT_PERM);
    }

    /**
     * The first line without its {@code \n} (a {@code \r} stays); empty when the file does not
     * exist, is empty, or cannot be read as a file (a directory).
     *
     * @throws IOException {@code file '<f>' exists but open for reading failed - <errno>\n}
     */
    public static Optional<String> readFirstLine(Path file) throws IOException {
        return LineReader.firstLine(Objects.requireNonNull(file, "file"));
    }

    /**
     * The last line: one final {@code \n} is ignored, the text after the last remaining
     * {@code \n} (or the whole file) is returned; {@code ""} for an empty file; empty when the
     * file does not exist.
     *
     * @throws IOException {@code file '<f>' exists but open for reading failed - <errno>\n}
     */
    public static Optional<String> readLastLine(Path file) throws IOException {
        return LineReader.lastLine(Objects.requireNonNull(file, "file"));
    }

    /**
     * Writes {@code data} to {@code out} unless it is Perl-false ({@code ""} or {@code "0"}),
     * encoded as {@link #set(Path, String, int, boolean)} does without {@code forceUtf8}.
     *
     * @param filename the name used in the error message
     * @throws IOException {@code write to '<filename>' failed\n}
     */
    public static void safePrint(String filename, OutputStream out, String data) throws IOException {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(data, "data");
        if (data.isEmpty() || data.equals("0")) {
            return;
        }
        try {
            out.write(PerlText.bytes(data, false));
        } catch (IOException e) {
            throw new IOException("write to '" + filename + "' failed\n", e);
        }
    }

    private static byte[] readAll(int fd, long max, String subject) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(CHUNK);
            for (long n; (n = Fd.read(fd, buf, CHUNK)) > 0; ) {
                out.write(buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE));
                if (out.size() > max) {
                    throw new IOException(subject + " too long - aborting\n");
                }
            }
        } catch (ErrnoException e) {
            throw new IOException("unable to read " + subject + " - " + e.getMessage() + "\n", e);
        }
        return out.toByteArray();
    }

    private static void checkPerm(int perm) {
        if (perm < 0 || perm > 07777) {
            throw new IllegalArgumentException("perm must be within 0 and 07777, got 0"
                    + Integer.toOctalString(perm));
        }
    }
}
