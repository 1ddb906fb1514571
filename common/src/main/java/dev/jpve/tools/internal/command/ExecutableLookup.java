package dev.jpve.tools.internal.command;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a program the way {@code execvp} does: a name with a slash is used as is, otherwise
 * each {@code PATH} directory is tried in order (an empty entry is the current directory).
 */
final class ExecutableLookup {
    static final int ENOENT = 2;
    static final int EACCES = 13;
    private static final String DEFAULT_PATH = "/bin:/usr/bin";

    private ExecutableLookup() {}

    /** The executable file for {@code name}, or empty. */
    static Optional<Path> find(String name) {
        for (Path candidate : candidates(name)) {
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The errno exec would report for {@code name} when {@link #find} finds nothing. */
    static int failureErrno(String name) {
        for (Path candidate : candidates(name)) {
            if (Files.exists(candidate)) {
                return EACCES;
            }
        }
        return ENOENT;
    }

    private static Path[] candidates(String name) {
        if (name.isEmpty()) {
            return new Path[0];
        }
        if (name.indexOf('/') >= 0) {
            return new Path[] {Path.of(name)};
        }
        String path = System.getenv("PATH");
        String[] dirs = (path == null ? DEFAULT_PATH : path).split(":", -1);
        Path[] result = new Path[dirs.length];
        for (int i = 0; i < dirs.length; i++) {
            result[i] = Path.of(dirs[i].isEmpty() ? "." : dirs[i], name);
        }
        return result;
    }
}
