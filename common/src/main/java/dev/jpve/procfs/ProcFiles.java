package dev.jpve.procfs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads small kernel files the way the upstream readers do: a missing file is "no value", any
 * other failure to open raises upstream's text, and a failing read counts as no value.
 */
final class ProcFiles {
    /** The most {@code /proc/mounts} upstream reads. */
    static final int MOUNTS_LIMIT = 512 * 1024;
    private static final int DEFAULT_LIMIT = 16 * 1024 * 1024;

    private ProcFiles() {}

    /** The first line without its {@code \n}; empty if missing or empty. */
    static Optional<String> firstLine(Path file) {
        return readAll(file).flatMap(ProcFiles::firstLineOf);
    }

    /** The first line of a text without its {@code \n}; empty for an empty text. */
    static Optional<String> firstLineOf(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        int newline = text.indexOf('\n');
        return Optional.of(newline < 0 ? text : text.substring(0, newline));
    }

    /** The whole content (at most 16 MiB); empty if the file does not exist. */
    static Optional<String> readAll(Path file) {
        return read(file, DEFAULT_LIMIT);
    }

    /** At most {@code limit} bytes of the content; empty if the file does not exist. */
    static Optional<String> read(Path file, int limit) {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("file '" + file + "' exists but open for reading failed - "
                    + reason(e) + "\n", e);
        }
        try (in) {
            return Optional.of(new String(in.readNBytes(limit), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The errno text of a failed file operation, as Perl's {@code $!} shows it. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
