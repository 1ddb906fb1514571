package dev.jpve.task;

import dev.jpve.procfs.ProcessCheck;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Waiting for a task's worker process to end: upstream's {@code upid_wait}.
 *
 * <p>Polls the worker (its pid and start time, so a reused pid does not count) every
 * {@code poll}, and calls {@code progress} at most once every {@code interval} while it runs.
 */
public final class TaskWait {
    /** Upstream's poll period. */
    public static final Duration POLL = Duration.ofSeconds(1);

    private TaskWait() {}

    /** Waits with upstream's one-second poll, calling {@code progress} at most every {@code interval}. */
    public static void await(Upid upid, Consumer<Upid> progress, Duration interval) throws InterruptedException {
        await(upid, progress, interval, POLL);
    }

    /**
     * Waits until the worker of {@code upid} is no longer running.
     *
     * @param progress called with the UPID while the task runs, at most once per {@code interval}
     * @param poll how often the process table is looked at
     * @throws InterruptedException if the waiting thread is interrupted (the task goes on)
     */
    public static void await(Upid upid, Consumer<Upid> progress, Duration interval, Duration poll)
            throws InterruptedException {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(interval, "interval");
        if (poll.isNegative() || poll.isZero()) {
            throw new IllegalArgumentException("poll must be positive: " + poll);
        }
        long lastCall = Long.MIN_VALUE;
        while (ProcessCheck.running(upid.pid(), upid.pstart()).isPresent()) {
            long now = System.nanoTime();
            if (lastCall == Long.MIN_VALUE || now - lastCall >= interval.toNanos()) {
                progress.accept(upid);
                lastCall = now;
            }
            Thread.sleep(poll);
        }
    }
}
