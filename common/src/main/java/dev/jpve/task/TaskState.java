package dev.jpve.task;

import java.util.Objects;
import java.util.Optional;

/**
 * Whether a task runs, and how it ended (what {@code GET .../tasks/{upid}/status} returns:
 * {@code status: running|stopped} and {@code exitstatus}).
 *
 * @param upid the task
 * @param running whether it still runs
 * @param exitstatus when stopped: {@code OK}, {@code WARNINGS: n}, the error, or {@code unexpected status}
 */
public record TaskState(Upid upid, boolean running, Optional<String> exitstatus) {

    /** Checks the arguments: a running task has no exit status. */
    public TaskState {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(exitstatus, "exitstatus");
        if (running && exitstatus.isPresent()) {
            throw new IllegalArgumentException("a running task has no exit status");
        }
    }

    /** {@code running} or {@code stopped}, as the API writes it. */
    public String status() {
        return running ? "running" : "stopped";
    }
}
