package dev.jpve.tools;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Work with a deadline: upstream's {@code run_with_timeout}.
 *
 * <p>The work runs on a thread of its own; when the deadline passes, that thread is interrupted
 * and the caller gets control back at once. Like upstream's alarm, this cannot stop work that
 * ignores interruption or hangs in an uninterruptible system call: such work goes on in the
 * background. For that, run it in a child process with {@link Fork}.
 *
 * {@snippet :
 * String v = Timeouts.run(Duration.ofSeconds(5), () -> probe(path));   // throws "got timeout\n"
 * Timed<String> t = Timeouts.runTimed(Duration.ofSeconds(5), () -> probe(path));
 * if (t.timedOut()) { ... }
 * }
 */
public final class Timeouts {
    private Timeouts() {}

    /**
     * Runs {@code code} and returns its result, or fails with {@link TimeoutExpiredException}
     * ({@code got timeout\n}) when it does not finish within {@code timeout}. A null, zero or
     * negative timeout fails at once without running the code, as upstream does. Any exception
     * of the code is rethrown unchanged.
     */
    public static <T> T run(Duration timeout, Callable<T> code) throws Exception {
        Timed<T> timed = runTimed(timeout, code);
        if (timed.timedOut()) {
            throw new TimeoutExpiredException();
        }
        return timed.result().orElse(null);
    }

    /**
     * Runs {@code code} like {@link #run} but reports a timeout as {@link Timed#expired()}
     * instead of throwing (upstream's list context); other exceptions are still rethrown.
     */
    public static <T> Timed<T> runTimed(Duration timeout, Callable<T> code) throws Exception {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new TimeoutExpiredException();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread worker = Thread.ofPlatform().daemon().name("jpve-timeout-worker").start(() -> {
            try {
                result.complete(code.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return Timed.finished(result.get(timeout.toNanos(), TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            worker.interrupt();
            return Timed.expired();
        } catch (InterruptedException e) {
            worker.interrupt();
            throw e;
        } catch (ExecutionException e) {
            throw rethrowable(e.getCause());
        }
    }

    private static Exception rethrowable(Throwable cause) {
        if (cause instanceof Error error) {
            throw error;
        }
        return (Exception) cause;
    }
}
