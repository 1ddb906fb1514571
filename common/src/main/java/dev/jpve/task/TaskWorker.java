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
}
