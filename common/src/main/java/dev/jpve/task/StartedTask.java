package dev.jpve.task;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A task that was started: its UPID, which the API returns at once, and its end.
 *
 * @param upid the task's UPID
 * @param completion completes when the task has ended and its log, the active list and the
 *     index are written
 */
public record StartedTask(Upid upid, CompletableFuture<TaskResult> completion) {

    /** Checks that nothing is null. */
    public StartedTask {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(completion, "completion");
    }
}
