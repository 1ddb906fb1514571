package dev.jpve.task;

/** The work of a task (the function upstream's {@code fork_worker} runs). */
@FunctionalInterface
public interface TaskWorker {

    /**
     * Does the work, writing its log through {@code task}.
     *
     * @throws Exception to fail the task: its message, newlines replaced by spaces, becomes the
     *     task's final {@code TASK ERROR:} line
     */
    void run(TaskContext task) throws Exception;

    /**
     * A worker that runs one command in its own process (group), its standard output and error
     * going to the task log line by line. A failing command fails the task with
     * {@code command '...' failed: exit code N}; stopping the task kills the command's whole
     * process group. For Java code that must run isolated, call {@link dev.jpve.tools.Fork} from
     * a worker: stopping the task kills the child JVM and everything it started.
     */
    static TaskWorker command(dev.jpve.tools.Command command) {
        return task -> command.outfunc(task::log).errfunc(task::log).run();
    }
}
