package dev.jpve.task;

import java.util.Objects;

/**
 * How a task ended.
 *
 * @param upid the task
 * @param status {@code OK}, {@code WARNINGS: n}, or the error message, as the log's last line says
 */
public record TaskResult(Upid upid, String status) {

    /** Checks that nothing is null. */
    public TaskResult {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(status, "status");
    }

    /** Whether the task failed ({@link TaskStatus#isError}). */
    public boolean failed() {
        return TaskStatus.isError(status);
    }
}
