package dev.jpve.tools;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Directory entries whose whole name matches a regular expression ({@code dir_glob_regex},
 * {@code dir_glob_foreach}).
 *
 * <p>Entries come in the file system's order after {@code .} and {@code ..}, which upstream's
 * {@code readdir} also reports (they match only a pattern that accepts them). An unreadable or
 * missing directory yields nothing, as upstream.
 *
 * {@snippet :
 * DirGlob.forEach(Path.of("/proc"), Pattern.compile("\\d+"), m -> pids.add(m.name()));
 * }
 */
public final class DirGlob {
    /**
     * One matching entry.
     *
     * @param name the whole entry name
     * @param groups the pattern's capture groups in order; empty for a group that took no part
     */
    public record Match(String name, List<Optional<String>> groups) {
        /** Copies {@code groups}; both arguments must be non-null. */
        public Match {
            Objects.requireNonNull(name, "name");
            groups = List.copyOf(groups);
        }
    }

    private DirGlob() {}

    /** The first entry of {@code dir} whose whole name matches {@code regex}. */
    public static Optional<Match> first(Path dir, Pattern regex) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(regex, "regex");
        for (String name : names(dir)) {
            Optional<Match> match = match(regex, name);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** Calls {@code action} for each entry of {@code dir} whose whole name matches {@code regex}. */
    public static void forEach(Path dir, Pattern regex, Consumer<Match> action) {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(regex, "regex");
        Objects.requireNonNull(action, "action");
        for (String name : names(dir)) {
            match(regex, name).ifPresent(action);
        }
    }

    private static Optional<Match> match(Pattern regex, String name) {
        Matcher m = regex.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        List<Optional<String>> groups = new ArrayList<>(m.groupCount());
        for (int g = 1; g <= m.groupCount(); g++) {
            groups.add(Optional.ofNullable(m.group(g)));
        }
        return Optional.of(new Match(name, groups));
    }

    private static List<String> names(Path dir) {
        List<String> names = new ArrayList<>(List.of(".", ".."));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            entries.forEach(p -> names.add(p.getFileName().toString()));
        } catch (IOException | SecurityException e) {
            return List.of();
        }
        return names;
    }
}
