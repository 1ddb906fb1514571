package dev.jpve.task;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where task logs live: {@code <root>/<X>/<upid>}, with {@code X} the last character of the
 * UPID's starttime field as written. Upstream's root is {@code /var/log/pve/tasks}.
 *
 * {@snippet :
 * Path log = TaskLogDirectory.DEFAULT.logFile("UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:");
 * // -> /var/log/pve/tasks/0/UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:
 * String status = TaskLogDirectory.DEFAULT.readStatus(upid); // "OK", "WARNINGS: 2", an error, ...
 * }
 *
 * @param root the directory that holds the sixteen subdirectories
 */
public record TaskLogDirectory(Path root) {
    /** Upstream's task directory, {@code /var/log/pve/tasks}. */
    public static final TaskLogDirectory DEFAULT = new TaskLogDirectory(Path.of("/var/log/pve/tasks"));

    /** Checks that no component is null. */
    public TaskLogDirectory {
        Objects.requireNonNull(root, "root");
    }

    /**
     * The log file of a task, named by the UPID text exactly as given.
     *
     * @throws IllegalArgumentException with upstream's text when {@code upid} does not decode
     */
    public Path logFile(String upid) {
        return root.resolve(Upid.logSubdirectory(upid)).resolve(upid);
    }

    /** The log file of a task, named by its encoded form. */
    public Path logFile(Upid upid) {
        return logFile(upid.encode());
    }

    /**
     * The task's final status from the last line of its log ({@code read_status}): {@code OK},
     * the error message, {@code WARNINGS: <n>}, or {@code unexpected status} for anything else
     * (including a missing or empty log). When the log cannot be read the result is
     * {@code unable to get last line from task log - <error>}.
     *
     * @throws IllegalArgumentException with upstream's text when {@code upid} does not decode
     */
    public String readStatus(String upid) {
        Path file = logFile(upid);
        try {
            return TaskStatus.fromLastLine(FileContents.readLastLine(file).orElse(""));
        } catch (IOException e) {
            return "unable to get last line from task log - " + e.getMessage();
        }
    }
}
