package dev.jpve.tools;

import dev.jpve.tools.internal.fork.SpareChildren;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongConsumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Work in a child process: upstream's {@code run_fork_with_timeout} and {@code run_fork}.
 *
 * <p>A JVM cannot fork itself, so the work runs in a fresh child JVM (same {@code java}, same
 * class path, flags for a fast start) that creates the {@link ForkTask} by class name, and its
 * result comes back as JSON, as upstream's does. One child is kept started ahead of need, so a
 * call does not wait for a JVM to boot; every child serves one task only. Because it is a separate process, the caller
 * gets control back within the timeout even when the work hangs in an uninterruptible system
 * call (a dead NFS mount), and the work is killed (the child and everything it started, with
 * SIGKILL) when the call ends, whatever happened.
 *
 * <p>Upstream's contract, translated: a timeout is a warning ({@code got timeout} on standard
 * error) and an empty result ({@link #run()}), or {@code timedOut} ({@link #runTimed()}, no
 * warning); a child that dies without answering gives a warning and an empty result, no
 * exception; the child's error text is raised verbatim as a {@link ForkException}; an afterfork
 * failure is warned and raised. Interrupting the calling thread stands in for upstream's
 * SIGINT/SIGTERM handling: the child is killed and {@code interrupted by unexpected signal\n}
 * is raised.
 *
 * {@snippet :
 * Optional<JsonNode> df = Fork.of(StatVfsTask.class, args).timeout(Duration.ofSeconds(2)).run();
 * }
 */
public final class Fork {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Class<? extends ForkTask> task;
    private final JsonNode args;
    private final Duration timeout;
    private final LongConsumer afterfork;

    private Fork(Class<? extends ForkTask> task, JsonNode args, Duration timeout, LongConsumer afterfork) {
        this.task = task;
        this.args = args;
        this.timeout = timeout;
        this.afterfork = afterfork;
    }

    /** The task class, run with JSON null as its arguments and no timeout ({@code run_fork}). */
    public static Fork of(Class<? extends ForkTask> task) {
        return of(task, NullNode.getInstance());
    }

    /** The task class and its JSON arguments, no timeout. */
    public static Fork of(Class<? extends ForkTask> task, JsonNode args) {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(args, "args");
        return new Fork(task, args, null, null);
    }

    /** A copy with a time limit for starting, running and answering; {@code null} for none. */
    public Fork timeout(Duration limit) {
        if (limit != null && limit.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative: " + limit);
        }
        return new Fork(task, args, limit, afterfork);
    }

    /** A copy that calls {@code callback} with the child's pid right after it started. */
    public Fork afterfork(LongConsumer callback) {
        return new Fork(task, args, timeout, Objects.requireNonNull(callback, "callback"));
    }

    /**
     * Runs the task; a timeout is warned about and gives an empty result.
     *
     * @throws ForkException with the child's error text, or the afterfork callback's
     */
    public Optional<JsonNode> run() {
        return execute(true).result();
    }

    /**
     * Runs the task; a timeout gives {@code timedOut} and no warning (upstream's list context).
     *
     * @throws ForkException with the child's error text, or the afterfork callback's
     */
    public Timed<JsonNode> runTimed() {
        return execute(false);
    }

    private Timed<JsonNode> execute(boolean warnOnTimeout) {
        Process child = start();
        long deadline = timeout == null || timeout.isZero() ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        try {
            return answer(child, deadline, warnOnTimeout);
        } finally {
            killTree(child);
        }
    }

    private Timed<JsonNode> answer(Process child, long deadline, boolean warnOnTimeout) {
        CompletableFuture<byte[]> output = readAll(child.getInputStream());
        if (afterfork != null) {
            try {
                afterfork.accept(child.pid());
            } catch (RuntimeException e) {
                String text = textOf(e);
                warn(text);
                throw new ForkException(text, e);
            }
        }
        writeRequest(child.getOutputStream());
        try {
            long wait = Math.max(0, deadline - System.nanoTime());
            return decode(output.get(wait, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            if (warnOnTimeout) {
                warn(TimeoutExpiredException.MESSAGE);
            }
            return Timed.expired();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ForkException("interrupted by unexpected signal\n", e);
        } catch (ExecutionException e) {
            warn("unable to read the result of the forked task - " + textOf(e.getCause()));
            return Timed.finished(null);
        }
    }

    private static Process start() {
        try {
            return SpareChildren.take();
        } catch (IOException e) {
            throw new ForkException("fork failed: " + e.getMessage() + "\n", e);
        }
    }

    private void writeRequest(OutputStream stdin) {
        try (stdin) {
            stdin.write((task.getName() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            stdin.write(JSON.writeValueAsBytes(args));
        } catch (IOException e) {
            // the child is gone before reading its arguments: it answers nothing, which is reported
        }
    }

    private static CompletableFuture<byte[]> readAll(InputStream stdout) {
        CompletableFuture<byte[]> bytes = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name("jpve-fork-reader").start(() -> {
            try (stdout) {
                bytes.complete(stdout.readAllBytes());
            } catch (IOException e) {
                bytes.completeExceptionally(e);
            }
        });
        return bytes;
    }

    private static Timed<JsonNode> decode(byte[] answer) {
        JsonNode node;
        try {
            node = answer.length == 0 ? null : JSON.readTree(answer);
        } catch (RuntimeException e) {
            node = null;
        }
        if (node == null || !node.isObject() || !(node.has("result") || node.has("error"))) {
            warn("the forked task ended without a result");
            return Timed.finished(null);
        }
        if (node.has("error")) {
            throw new ForkException(node.get("error").asString());
        }
        JsonNode result = node.get("result");
        return Timed.finished(result.isNull() ? null : result);
    }

    private static void killTree(Process child) {
        child.descendants().forEach(ProcessHandle::destroyForcibly);
        child.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        while (true) {
            try {
                child.waitFor();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String textOf(Throwable t) {
        return Objects.requireNonNullElse(t.getMessage(), t.toString());
    }

    private static void warn(String text) {
        PrintStream err = System.err;
        err.print(text.endsWith("\n") ? text : text + "\n");
        err.flush();
    }
}
