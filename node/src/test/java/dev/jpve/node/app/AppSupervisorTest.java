package dev.jpve.node.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.procfs.PidStat;
import dev.jpve.procfs.ProcessCheck;
import dev.jpve.tools.CommandException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSupervisorTest {
    @TempDir
    Path dir;

    private AppSupervisor supervisor;

    private AppSupervisor supervisor() {
        supervisor = new AppSupervisor(dir.resolve("run"));
        return supervisor;
    }

    @AfterEach
    void stopEverything() {
        if (supervisor != null) {
            supervisor.stop(100);
        }
    }

    private AppLaunch sleeper() {
        return new AppLaunch("sleep 600", List.of(), dir, OptionalInt.empty());
    }

    private String state(int vmid) {
        return supervisor.stat(vmid).map(PidStat::status).orElse("gone");
    }

    @Test
    void aStartedProcessRunsInItsOwnGroupAndIsRecordedWithItsStartTime() throws IOException {
        AppProcess p = supervisor().start(100, sleeper());

        assertThat(supervisor.running(100)).contains(p);
        assertThat(p.starttime()).isEqualTo(ProcessCheck.startTime(p.pid()));
        String stat = Files.readString(Path.of("/proc/" + p.pid() + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        assertThat(fields[2]).as("process group").isEqualTo(Long.toString(p.pid()));
        assertThat(dir.resolve("run/app-100.pid")).hasContent(p.pid() + " " + p.starttime());
    }

    @Test
    void aSecondStartIsRefusedWhileTheFirstRuns() {
        supervisor().start(100, sleeper());
        assertThatThrownBy(() -> supervisor.start(100, sleeper())).hasMessage("app 100 already running");
    }

    @Test
    void freezeStopsTheGroupAndThawContinuesIt() {
        supervisor().start(100, sleeper());

        supervisor.freeze(100);
        Await.until("the process is stopped", () -> state(100).equals("T"));
        supervisor.thaw(100);
        Await.until("the process continues", () -> !state(100).equals("T"));

        assertThat(supervisor.running(100)).isPresent();
    }

    @Test
    void stopKillsTheProcessAndForgetsIt() {
        AppProcess p = supervisor().start(100, sleeper());
        supervisor.stop(100);
        assertThat(supervisor.running(100)).isEmpty();
        assertThat(ProcessCheck.running(p.pid(), p.starttime())).isEmpty();
        assertThat(dir.resolve("run/app-100.pid")).doesNotExist();
    }

    @Test
    void shutdownEndsAProcessThatHonoursSigterm() {
        supervisor().start(100, sleeper());
        supervisor.shutdown(100, Duration.ofSeconds(20), false);
        assertThat(supervisor.running(100)).isEmpty();
    }

    @Test
    void shutdownTimesOutOnAProcessIgnoringSigtermUnlessForced() {
        supervisor().start(100, new AppLaunch("sh -c 'trap \"\" TERM; echo ready; while :; do sleep 1; done'",
                List.of(), dir, OptionalInt.empty()));
        Await.until("the trap is set", () -> readLog(100).contains("ready"));

        assertThatThrownBy(() -> supervisor.shutdown(100, Duration.ZERO, false))
                .hasMessage("app 100 shutdown failed - got timeout");
        supervisor.shutdown(100, Duration.ZERO, true);
        assertThat(supervisor.running(100)).isEmpty();
    }

    @Test
    void theProcessGetsItsEnvironmentWorkingDirectoryAndLog() throws IOException {
        Path work = Files.createDirectory(dir.resolve("work"));
        supervisor().start(100, new AppLaunch("sh -c 'echo \"$GREETING from $(pwd)\"; exec sleep 600'",
                List.of("GREETING=hello"), work, OptionalInt.of(1024)));
        Await.until("the line is logged", () -> readLog(100).contains("hello"));
        assertThat(readLog(100)).isEqualTo("hello from " + work + "\n");
    }

    @Test
    void aMissingProgramIsAClearStartError() {
        assertThatThrownBy(() -> supervisor().start(100, new AppLaunch("no-such-program-jpve --flag", List.of(), dir,
                OptionalInt.empty()))).isInstanceOf(CommandException.class)
                .hasMessage("unable to start app 100: command 'no-such-program-jpve' not found");
        assertThat(supervisor.running(100)).isEmpty();
    }

    @Test
    void aProgramThatIsNoExecutableFileIsAClearStartError() throws IOException {
        Path script = Files.writeString(dir.resolve("not-executable.sh"), "#!/bin/sh\nsleep 600\n");
        assertThatThrownBy(() -> supervisor().start(100, new AppLaunch(script.toString(), List.of(), dir,
                OptionalInt.empty()))).isInstanceOf(CommandException.class)
                .hasMessage("unable to start app 100: command '" + script + "' is not executable");
        assertThat(supervisor.running(100)).isEmpty();
    }

    @Test
    void aMissingWorkingDirectoryIsAClearStartError() {
        Path missing = dir.resolve("missing");
        assertThatThrownBy(() -> supervisor().start(100, new AppLaunch("sleep 1", List.of(), missing,
                OptionalInt.empty()))).hasMessage("unable to start app 100: working directory '" + missing
                        + "' does not exist");
    }

    @Test
    void shutdownOfAStoppedAppIsAnError() {
        assertThatThrownBy(() -> supervisor().shutdown(100, Duration.ZERO, false)).hasMessage("app 100 not running");
    }

    private String readLog(int vmid) {
        try {
            Path log = supervisor.logFile(vmid);
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
