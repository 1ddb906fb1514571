package dev.jpve.node.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.cli.CliIo;
import dev.jpve.cli.TerminalOptions;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jpve-app in process: the commands are the app API's methods, tasks run in the foreground. */
class AppCliTest {
    @TempDir
    Path data;

    private AppGuests apps;
    private TaskLogDirectory logs;

    @BeforeEach
    void setUp() {
        apps = AppGuests.open(data, "n1", Optional.empty());
        logs = new TaskLogDirectory(data.resolve("tasks"));
    }

    @AfterEach
    void stopApps() {
        apps.supervisor().stop(100);
        apps.supervisor().stop(101);
    }

    private record Run(int status, String out, String err) {}

    private Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int status = AppCli.tool(apps, "n1", () -> TaskRunner.create(logs, "n1", (u, m) -> { }), logs)
                    .run(List.of(args), new CliIo(o, e, Map.of(), TerminalOptions.none()));
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }

    private Run ok(String... args) {
        Run r = run(args);
        assertThat(r.status()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r;
    }

    @Test
    void aGuestLivesThroughCreateStartSnapshotRollbackAndDestroyFromTheCommandLine() throws Exception {
        assertThat(ok("list").out()).isEmpty();
        Run created = ok("create", "100", "--name", "web", "--cmd", "sleep 600", "--rootfs", "local:dir",
                "--memory", "64");
        assertThat(created.out()).contains("created app 100\n");
        ok("start", "100");
        assertThat(ok("status", "100").out()).isEqualTo("status: running\n");
        assertThat(ok("list").out()).matches("(?s)      VMID NAME +STATUS +MEM\\(MB\\) +PID *\n"
                + "       100 web +running +64 +[1-9][0-9]* *\n");

        Path rootfs = apps.storage().path(AppVolumes.volid(apps.configs().load(100).main().get("rootfs").orElseThrow()));
        Files.writeString(rootfs.resolve("state.txt"), "before");
        ok("snapshot", "100", "s1", "--description", "first");
        Files.writeString(rootfs.resolve("state.txt"), "after");
        assertThat(ok("listsnapshot", "100").out()).matches("(?s)`-> s1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d +first\n"
                + " +`-> current +You are here!\n");
        ok("rollback", "100", "s1");
        assertThat(Files.readString(rootfs.resolve("state.txt"))).isEqualTo("before");

        ok("set", "100", "--description", "line one\nline two");
        assertThat(ok("config", "100").out()).contains("description: line one%0Aline two%0A\n", "name: web\n",
                "parent: s1\n").doesNotContain("digest");
        ok("delsnapshot", "100", "s1");
        ok("stop", "100");
        assertThat(ok("status", "100").out()).isEqualTo("status: stopped\n");
        ok("destroy", "100");
        assertThat(ok("list").out()).isEmpty();
    }

    @Test
    void pendingChangesOfARunningGuestShowAsCurrentAndNew() {
        ok("create", "101", "--cmd", "sleep 600", "--rootfs", "local:dir");
        ok("start", "101");
        ok("set", "101", "--cmd", "sleep 700");
        assertThat(ok("pending", "101").out()).contains("cur cmd: sleep 600\nnew cmd: sleep 700\n");
    }

    @Test
    void aFailedTaskEndsTheCommandWith255AfterItsLog() {
        ok("create", "101", "--cmd", "no-such-program-jpve", "--rootfs", "local:dir");
        Run start = run("start", "101");
        assertThat(start.status()).isEqualTo(255);
        assertThat(start.err()).contains("unable to start app 101: command 'no-such-program-jpve' not found");
    }

    @Test
    void badParametersGetUpstreamsVerificationErrorAndTheUsage() {
        Run bad = run("create", "99", "--memory", "lots");
        assertThat(bad.status()).isEqualTo(255);
        assertThat(bad.err()).startsWith("400 Parameter verification failed.\n")
                .contains("memory: type check ('integer') failed - got 'lots'\n",
                        "vmid: invalid format - value does not look like a valid VM ID\n")
                .contains("jpve-app create <vmid> [OPTIONS]");
    }
}
