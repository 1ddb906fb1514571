package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A daemon killed from outside while its task runs. */
class TaskRunnerProcessTest {
    @TempDir
    Path root;

    @Test
    void aTaskWhoseDaemonWasKilledIsReportedAsFailed() throws Exception {
        Process daemon = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                TaskDaemonMain.class.getName(), root.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String upidText;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(daemon.getInputStream(), StandardCharsets.UTF_8))) {
            upidText = out.readLine();
            Upid upid = Upid.decode(upidText);
            assertThat(upid.pid()).isEqualTo(daemon.pid());
            ActiveTasks active = ActiveTasks.of(new TaskLogDirectory(root));
            assertThat(active.update()).singleElement().satisfies(t -> assertThat(t.isFinished()).isFalse());

            daemon.destroyForcibly();
            daemon.waitFor();

            List<TaskEntry> after = active.update();
            assertThat(after).singleElement().satisfies(t -> {
                assertThat(t.status()).contains("unexpected status");
                assertThat(TaskStatus.isError(t.status().orElseThrow())).isTrue();
            });
            assertThat(Files.readString(root.resolve("index"))).startsWith(upidText + " ").endsWith(" unexpected status\n");
            assertThat(Files.readString(new TaskLogDirectory(root).logFile(upid))).isEqualTo("working\n");
        } finally {
            daemon.destroyForcibly();
        }
    }
}
