package dev.jpve.rest;

import dev.jpve.task.TaskResult;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.TaskWorker;
import dev.jpve.task.Upid;
import java.io.PrintStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An environment whose methods can start tasks through a {@link TaskRunner}.
 *
 * <p>A {@link Type#CLI} environment runs tasks in the foreground: their output goes to the
 * given terminal streams as well as to the log, and {@link #forkWorker} returns once the task
 * has ended (upstream's sync mode). The daemons' environments start tasks in the background.
 *
 * {@snippet :
 * RestEnvironment env = TaskEnvironment.cli("root@pam", runner, System.out, System.err);
 * Upid upid = env.forkWorker("qmstart", "100", task -> task.log("starting VM 100"));
 * }
 */
public final class TaskEnvironment implements RestEnvironment {
    private final Type type;
    private final Optional<String> user;
    private final Supplier<TaskRunner> runner;
    private final PrintStream out;
    private final PrintStream err;

    private TaskEnvironment(Type type, Optional<String> user, Supplier<TaskRunner> runner, PrintStream out,
            PrintStream err) {
        this.type = Objects.requireNonNull(type, "type");
        this.user = Objects.requireNonNull(user, "user");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.out = out;
        this.err = err;
    }

    /** A command line environment: tasks run in the foreground on these streams. */
    public static TaskEnvironment cli(String user, TaskRunner runner, PrintStream out, PrintStream err) {
        Objects.requireNonNull(runner, "runner");
        return cli(user, () -> runner, out, err);
    }

    /**
     * A command line environment whose task runner is made when the first task starts (or
     * {@link #runner()} is asked for), so that commands starting none never set it up.
     */
    public static TaskEnvironment cli(String user, Supplier<TaskRunner> runner, PrintStream out, PrintStream err) {
        Objects.requireNonNull(runner, "runner");
        return new TaskEnvironment(Type.CLI, Optional.of(user), new Once<>(runner), Objects.requireNonNull(out, "out"),
                Objects.requireNonNull(err, "err"));
    }

    /** A daemon environment ({@link Type#PUB} or {@link Type#PRIV}): tasks run in the background. */
    public static TaskEnvironment daemon(Type type, String user, TaskRunner runner) {
        if (type == Type.CLI) {
            throw new IllegalArgumentException("type: a daemon environment is PUB or PRIV");
        }
        Objects.requireNonNull(runner, "runner");
        return new TaskEnvironment(type, Optional.of(user), () -> runner, null, null);
    }

    /** A value made by the first {@code get}, at most once. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> source;
        private T value;

        Once(Supplier<T> source) {
            this.source = source;
        }

        @Override
        public synchronized T get() {
            if (value == null) {
                value = Objects.requireNonNull(source.get());
            }
            return value;
        }
    }

    @Override
    public Optional<String> user() {
        return user;
    }

    @Override
    public Type type() {
        return type;
    }

    /** The runner tasks are started with. */
    public TaskRunner runner() {
        return runner.get();
    }

    @Override
    public Upid forkWorker(String taskType, String id, TaskWorker worker) {
        String who = user.orElse("root@pam");
        if (type == Type.CLI) {
            TaskResult end = runner.get().run(taskType, id, who, worker, out, err);
            return end.upid();
        }
        return runner.get().start(taskType, id, who, worker).upid();
    }
}
