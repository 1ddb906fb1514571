package dev.jpve.task;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Reads the last line of a (possibly long) file from its end, as upstream's
 * {@code file_read_last_line}: one trailing {@code \n} is ignored, the rest after the last
 * {@code \n} is the line.
 */
final class LastLine {
    private static final int CHUNK = 4096;

    private LastLine() {}

    /**
     * The last line; empty when the file does not exist, {@code ""} for an empty file.
     *
     * @throws IOException with upstream's text when the file exists but cannot be opened or read
     */
    static Optional<String> read(Path file) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new IOException("file '" + file + "' exists but open for reading failed - "
                    + reason(e) + "\n", e);
        }
        try (channel) {
            return Optional.of(lastLine(channel));
        }
    }

    private static String lastLine(FileChannel channel) throws IOException {
        long end = channel.size();
        if (end > 0 && byteAt(channel, end - 1) == '\n') {
            end--;
        }
        long start = end;
        while (start > 0) {
            long from = Math.max(0, start - CHUNK);
            ByteBuffer chunk = readRange(channel, from, start);
            int newline = lastNewline(chunk);
            if (newline >= 0) {
                start = from + newline + 1;
                break;
            }
            start = from;
        }
        return new String(readRange(channel, start, end).array(), StandardCharsets.UTF_8);
    }

    private static int lastNewline(ByteBuffer chunk) {
        for (int i = chunk.limit() - 1; i >= 0; i--) {
            if (chunk.get(i) == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte byteAt(FileChannel channel, long position) throws IOException {
        return readRange(channel, position, position + 1).get(0);
    }

    private static ByteBuffer readRange(FileChannel channel, long from, long to) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(Math.toIntExact(to - from));
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, from + buffer.position()) < 0) {
                break;
            }
        }
        return buffer.flip();
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        return e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : String.valueOf(e.getMessage());
    }
}
