package dev.jpve.task;

import java.io.PrintStream;

/** What a running task's worker gets: its UPID, its log and its warning counter. */
public interface TaskContext {

    /** The task's UPID. */
    Upid upid();

    /** The task log (and, for a task run from a command line, the terminal), autoflushed. */
    PrintStream out();

    /** Writes one line to the log. */
    default void log(String line) {
        out().println(line);
    }

    /**
     * Logs {@code WARN: message} and counts it: a task with warnings ends with
     * {@code TASK WARNINGS: n} instead of {@code TASK OK}.
     */
    void warn(String message);

    /** The warnings so far. */
    int warnings();

    /** Whether the task was asked to stop; the worker's thread is interrupted too. */
    boolean stopRequested();
}
