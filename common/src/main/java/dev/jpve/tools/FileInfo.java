package dev.jpve.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.OptionalLong;

/** Quick file probes ({@code file_exists}, {@code file_get_size}); symbolic links are followed. */
public final class FileInfo {
    private FileInfo() {}

    /** Whether {@code path} is a regular file (after following symbolic links). */
    public static boolean exists(Path path) {
        return Files.isRegularFile(Objects.requireNonNull(path, "path"));
    }

    /**
     * The size of {@code path} (any file type, as Perl's {@code -s}); empty when it is zero or
     * the file cannot be examined.
     */
    public static OptionalLong size(Path path) {
        Objects.requireNonNull(path, "path");
        try {
            long size = Files.readAttributes(path, BasicFileAttributes.class).size();
            return size > 0 ? OptionalLong.of(size) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        }
    }
}
