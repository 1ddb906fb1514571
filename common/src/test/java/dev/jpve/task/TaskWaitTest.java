package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.procfs.ProcessCheck;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TaskWaitTest {
    @Test
    void returnsOnceTheWorkerHasEndedAndReportsProgressMeanwhile() throws Exception {
        Process worker = new ProcessBuilder("cat").start();   // runs until its stdin closes
        long pstart = ProcessCheck.startTime(worker.pid());
        Upid upid = new Upid("n1", worker.pid(), pstart, 1_700_000_000L, "test", "", "root@pam");
        AtomicInteger calls = new AtomicInteger();
        TaskWait.await(upid, u -> {
            calls.incrementAndGet();
            endWorker(worker);   // the first progress call ends the worker
        }, Duration.ZERO, Duration.ofMillis(10));
        assertThat(calls).hasValue(1);
        assertThat(ProcessCheck.running(worker.pid(), pstart)).isEmpty();
    }

    @Test
    void aReusedPidWithAnotherStartTimeDoesNotCountAsTheWorker() throws Exception {
        long self = ProcessHandle.current().pid();
        Upid stale = new Upid("n1", self, ProcessCheck.startTime(self) + 1, 0, "test", "", "root@pam");
        AtomicInteger calls = new AtomicInteger();
        TaskWait.await(stale, u -> calls.incrementAndGet(), Duration.ZERO, Duration.ofMillis(10));
        assertThat(calls).hasValue(0);
    }

    private static void endWorker(Process worker) {
        try {
            worker.getOutputStream().close();
            worker.waitFor();
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
