package dev.jpve.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A text file parsed once and parsed again only when it changes (another inode after an atomic
 * replace, another modification time or size), so per-request lookups cost no I/O but a stat.
 *
 * @param <T> the parsed form
 */
final class CachedFile<T> {
    private final Path file;
    private final Function<List<String>, T> parser;
    private volatile Snapshot<T> snapshot;

    private record Snapshot<T>(Object key, Object modified, long size, T value) {}

    CachedFile(Path file, Function<List<String>, T> parser) {
        this.file = Objects.requireNonNull(file, "file");
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The parsed contents; an absent file parses as no lines. */
    T get() {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return parser.apply(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Snapshot<T> s = snapshot;
        if (s != null && Objects.equals(s.key(), attrs.fileKey()) && s.modified().equals(attrs.lastModifiedTime())
                && s.size() == attrs.size()) {
            return s.value();
        }
        try {
            T value = parser.apply(Files.readAllLines(file, StandardCharsets.UTF_8));
            snapshot = new Snapshot<>(attrs.fileKey(), attrs.lastModifiedTime(), attrs.size(), value);
            return value;
        } catch (NoSuchFileException e) {
            return parser.apply(List.of());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
