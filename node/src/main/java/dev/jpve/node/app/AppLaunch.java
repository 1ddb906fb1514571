package dev.jpve.node.app;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * What an app process is started with.
 *
 * @param cmd the command line, split into words as {@code /bin/sh} does
 * @param env {@code KEY=VALUE} entries added to the node's environment
 * @param cwd the working directory
 * @param memoryMiB the best-effort limit of the process's virtual memory ({@code ulimit -v})
 */
public record AppLaunch(String cmd, List<String> env, Path cwd, OptionalInt memoryMiB) {
    /** Checks and copies the arguments. */
    public AppLaunch {
        Objects.requireNonNull(cmd, "cmd");
        env = List.copyOf(env);
        Objects.requireNonNull(cwd, "cwd");
        Objects.requireNonNull(memoryMiB, "memoryMiB");
    }
}
