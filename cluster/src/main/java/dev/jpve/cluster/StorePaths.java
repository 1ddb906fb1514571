package dev.jpve.cluster;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The shape of store paths, shared by every {@link ConfigStore}: checked segments and guest config paths. */
final class StorePaths {
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]*");
    private static final Pattern CONFIG = Pattern.compile("nodes/([^/]+)/([^/]+)/(\\d+)\\.conf");

    private StorePaths() {
    }

    /** The path itself when every segment is a plain name (no {@code ..}, no leading or double slash). */
    static String checkPath(String path) {
        Objects.requireNonNull(path, "path");
        List<String> parts = List.of(path.split("/", -1));
        if (parts.stream().anyMatch(p -> !SEGMENT.matcher(p).matches())) {
            throw new IllegalArgumentException("invalid store path '" + path + "'");
        }
        return path;
    }

    /** The segment itself when it is a plain name. */
    static String checkSegment(String segment) {
        if (segment == null || !SEGMENT.matcher(segment).matches()) {
            throw new IllegalArgumentException("invalid store path segment '" + segment + "'");
        }
        return segment;
    }

    /** The guest a path {@code nodes/<node>/<type>/<vmid>.conf} holds, if it is one of these types. */
    static Optional<GuestEntry> guestOf(String path, Set<String> types) {
        return guestOf(path).filter(guest -> types.contains(guest.type()));
    }

    /** The guest a path {@code nodes/<node>/<type>/<vmid>.conf} holds, whatever its type. */
    static Optional<GuestEntry> guestOf(String path) {
        var m = CONFIG.matcher(path);
        if (!m.matches() || m.group(3).length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new GuestEntry(Integer.parseInt(m.group(3)), m.group(1), m.group(2)));
    }
}
