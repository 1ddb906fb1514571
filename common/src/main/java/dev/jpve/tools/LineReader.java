package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.FileCalls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/** {@code file_read_first_line} and {@code file_read_last_line}; lines decode as UTF-8. */
final class LineReader {
    private static final int CHUNK = 4096;

    private LineReader() {}

    static Optional<String> firstLine(Path file) throws IOException {
        Optional<Integer> fd = openExisting(file);
        if (fd.isEmpty()) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            return readFirstLine(fd.get(), arena.allocate(CHUNK));
        } finally {
            Fd.closeQuietly(fd.get());
        }
    }

    static Optional<String> lastLine(Path file) throws IOException {
        Optional<Integer> fd = openExisting(file);
        if (fd.isEmpty()) {
            return Optional.empty();
        }
        try (Arena arena = Arena.ofConfined()) {
            return Optional.of(readLastLine(fd.get(), arena.allocate(CHUNK)));
        } catch (ErrnoException e) {
            throw new IOException("unable to read file '" + file + "' - " + e.getMessage() + "\n", e);
        } finally {
            Fd.closeQuietly(fd.get());
        }
    }

    private static Optional<Integer> openExisting(Path file) throws IOException {
        try {
            return Optional.of(Fd.open(file.toString(), Fd.O_RDONLY | Fd.O_CLOEXEC, 0));
        } catch (ErrnoException e) {
            if (e.errno() == Fd.ENOENT) {
                return Optional.empty();
            }
            throw new IOException("file '" + file + "' exists but open for reading failed - "
                    + e.getMessage() + "\n", e);
        }
    }

    /** Like Perl's readline: a read error (e.g. a directory) reads as end of file. */
    private static Optional<String> readFirstLine(int fd, MemorySegment buf) {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            for (long n; (n = Fd.read(fd, buf, CHUNK)) > 0; ) {
                byte[] chunk = buf.asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
                int newline = indexOf(chunk, 0, chunk.length);
                if (newline >= 0) {
                    line.write(chunk, 0, newline);
                    return Optional.of(line.toString(StandardCharsets.UTF_8));
                }
                line.write(chunk, 0, chunk.length);
            }
        } catch (ErrnoException e) {
            return Optional.empty();
        }
        return line.size() == 0 ? Optional.empty() : Optional.of(line.toString(StandardCharsets.UTF_8));
    }

    private static String readLastLine(int fd, MemorySegment buf) throws ErrnoException {
        long end = FileCalls.seekEnd(fd);
        if (end > 0 && endsWithNewline(readRange(fd, buf, end - 1, end))) {
            end--;
        }
        long start = end;
        while (start > 0) {
            long from = Math.max(0, start - CHUNK);
            byte[] chunk = readRange(fd, buf, from, start);
            int newline = lastIndexOf(chunk);
            if (newline >= 0) {
                start = from + newline + 1;
                break;
            }
            start = from;
        }
        return new String(readLong(fd, buf, start, end), StandardCharsets.UTF_8);
    }

    private static byte[] readLong(int fd, MemorySegment buf, long from, long to) throws ErrnoException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (long at = from; at < to; at += CHUNK) {
            out.writeBytes(readRange(fd, buf, at, Math.min(to, at + CHUNK)));
        }
        return out.toByteArray();
    }

    private static byte[] readRange(int fd, MemorySegment buf, long from, long to) throws ErrnoException {
        int len = Math.toIntExact(to - from);
        int done = 0;
        while (done < len) {
            long n = FileCalls.pread(fd, buf.asSlice(done), len - done, from + done);
            if (n == 0) {
                break;
            }
            done += (int) n;
        }
        return buf.asSlice(0, done).toArray(ValueLayout.JAVA_BYTE);
    }

    private static int indexOf(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static boolean endsWithNewline(byte[] bytes) {
        return bytes.length > 0 && bytes[bytes.length - 1] == '\n';
    }

    private static int lastIndexOf(byte[] bytes) {
        for (int i = bytes.length - 1; i >= 0; i--) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
