package dev.jpve.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.Upid;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskEnvironmentTest {
    @TempDir
    Path root;

    private TaskRunner runner() {
        return TaskRunner.create(new TaskLogDirectory(root), "node1", (u, m) -> { });
    }

    @Test
    void aCommandLineRunsTheTaskInTheForegroundOnItsTerminal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RestEnvironment env = TaskEnvironment.cli("root@pam", runner(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        Upid upid = env.forkWorker("qmstart", "100", t -> t.log("starting VM 100"));
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("starting VM 100\n");
        assertThat(Files.readString(new TaskLogDirectory(root).logFile(upid))).isEqualTo("starting VM 100\nTASK OK\n");
        assertThat(upid.user()).isEqualTo("root@pam");
    }

    @Test
    void aDaemonReturnsTheUpidWhileTheTaskRuns() throws Exception {
        TaskRunner runner = runner();
        RestEnvironment env = TaskEnvironment.daemon(RestEnvironment.Type.PRIV, "alice@pve", runner);
        CountDownLatch release = new CountDownLatch(1);
        Upid upid = env.forkWorker("vzdump", "100", t -> release.await());
        assertThat(runner.isRunning(upid)).isTrue();
        var end = runner.completion(upid).orElseThrow();
        release.countDown();
        assertThat(end.join().status()).isEqualTo("OK");
        assertThat(upid.user()).isEqualTo("alice@pve");
    }

    @Test
    void aPlainEnvironmentCannotStartTasks() {
        assertThatThrownBy(() -> RestEnvironment.cli().forkWorker("x", "", t -> { }))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
