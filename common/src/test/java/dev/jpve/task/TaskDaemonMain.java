package dev.jpve.task;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A daemon for {@link TaskRunnerProcessTest}: starts one task that logs a line, prints its UPID
 * and blocks, and waits to be killed.
 */
public final class TaskDaemonMain {
    private TaskDaemonMain() {}

    /** Arguments: the task directory. */
    public static void main(String[] args) throws InterruptedException {
        TaskRunner runner = TaskRunner.create(new TaskLogDirectory(Path.of(args[0])), "node1", (u, m) -> { });
        runner.start("long", "100", "root@pam", t -> {
            t.log("working");
            // the UPID is announced once the log line is written, so the test never races it
            System.out.println(t.upid().encode());
            System.out.flush();
            new CountDownLatch(1).await();
        });
        new CountDownLatch(1).await();
    }
}
