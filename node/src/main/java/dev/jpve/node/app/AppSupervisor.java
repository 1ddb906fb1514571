package dev.jpve.node.app;

import dev.jpve.guest.GuestConfigException;
import dev.jpve.procfs.PidStat;
import dev.jpve.procfs.ProcessCheck;
import dev.jpve.tools.CommandException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Runs app processes: each in a session and process group of its own, detached from the node
 * (it survives a node restart), its pid and start time in {@code <run>/app-<vmid>.pid} and its
 * output in {@code <run>/app-<vmid>.log}. Whether it runs is upstream's
 * {@code check_process_running} with the recorded start time, so a reused pid never counts.
 *
 * <p>Every step is a command with a timeout: the launcher ({@code /bin/sh}, which checks the
 * working directory and the program, applies {@code ulimit -v} as the best-effort memory limit
 * and starts the program under {@code setsid -f}) and {@code kill} for the signals to the
 * process group.
 */
public final class AppSupervisor {
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(20);
    // The last step forks (setsid -f) a child that becomes session and group leader before it
    // prints its pid, so the group exists when start returns; the program's output goes to the log.
    private static final String LAUNCHER = """
            [ -d "$1" ] || { echo "working directory '$1' does not exist" >&2; exit 1; }
            cd -- "$1" || exit 1
            log=$2; mem=$3; cmd=$4; shift 4
            for kv do export "$kv" || exit 1; done
            eval "set -- $cmd" || exit 1
            [ $# -gt 0 ] || { echo "empty command" >&2; exit 1; }
            command -v "$1" >/dev/null 2>&1 || { echo "command '$1' not found" >&2; exit 127; }
            case $1 in */*) [ -f "$1" ] && [ -x "$1" ] || { echo "command '$1' is not executable" >&2; exit 126; };; esac
            if [ "$mem" -gt 0 ]; then ulimit -v "$mem" 2>/dev/null || echo "memory limit not applied" >>"$log"; fi
            exec setsid -f /bin/sh -c 'echo $$; log=$1; shift; exec "$@" </dev/null >>"$log" 2>&1' app-run "$log" "$@"
            """;


    private final Path runDir;

    /** A supervisor keeping its pid and log files in {@code runDir}. */
    public AppSupervisor(Path runDir) {
        this.runDir = Objects.requireNonNull(runDir, "runDir").toAbsolutePath();
    }

    /** The output file of the app's process. */
    public Path logFile(int vmid) {
        return runDir.resolve("app-" + vmid + ".log");
    }

    private Path pidFile(int vmid) {
        return runDir.resolve("app-" + vmid + ".pid");
    }

    /**
     * Starts the app's process.
     *
     * @throws GuestConfigException {@code app <vmid> already running}
     * @throws CommandException {@code unable to start app <vmid>: <reason>} when the working
     *     directory or the program is missing, or the launcher fails
     */
    public AppProcess start(int vmid, AppLaunch launch) {
        if (running(vmid).isPresent()) {
            throw new GuestConfigException("app " + vmid + " already running");
        }
        List<String> argv = new ArrayList<>(List.of("/bin/sh", "-c", LAUNCHER, "app-launch", launch.cwd().toString(),
                logFile(vmid).toString(), Long.toString(launch.memoryMiB().orElse(0) * 1024L), launch.cmd()));
        argv.addAll(launch.env());
        try {
            Files.createDirectories(runDir);
            List<String> out = QuietCommand.run("unable to start app " + vmid, argv);
            long pid = Long.parseLong(out.getLast().strip());
            AppProcess process = new AppProcess(pid, ProcessCheck.startTime(pid));
            Files.writeString(pidFile(vmid), process.format(), StandardCharsets.UTF_8);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The app's process while it runs (exists, is no zombie, and has the recorded start time). */
    public Optional<AppProcess> running(int vmid) {
        return recorded(vmid).filter(p -> p.starttime() != 0 && ProcessCheck.running(p.pid(), p.starttime()).isPresent());
    }

    /** The {@code /proc} stat of the running process ({@code state} {@code T} while frozen). */
    public Optional<PidStat> stat(int vmid) {
        return running(vmid).flatMap(p -> ProcessCheck.running(p.pid(), p.starttime()));
    }

    /** Kills the process group (SIGKILL) and waits until the process is gone. A stopped app is no error. */
    public void stop(int vmid) {
        Optional<AppProcess> p = running(vmid);
        if (p.isPresent()) {
            signal(p.get(), "KILL");
            if (!awaitExit(vmid, STOP_WAIT)) {
                throw new GuestConfigException("app " + vmid + " stop failed - got timeout");
            }
        }
        forget(vmid);
    }

    /**
     * Asks the process group to end (SIGTERM) and waits up to {@code timeout}; then, with
     * {@code forceStop}, kills it.
     *
     * @throws GuestConfigException {@code app <vmid> not running}, or
     *     {@code app <vmid> shutdown failed - got timeout} without {@code forceStop}
     */
    public void shutdown(int vmid, Duration timeout, boolean forceStop) {
        AppProcess p = running(vmid).orElseThrow(() -> new GuestConfigException("app " + vmid + " not running"));
        signal(p, "CONT");
        signal(p, "TERM");
        if (awaitExit(vmid, timeout)) {
            forget(vmid);
        } else if (forceStop) {
            stop(vmid);
        } else {
            throw new GuestConfigException("app " + vmid + " shutdown failed - got timeout");
        }
    }

    /** Stops the process group (SIGSTOP): the app is paused until {@link #thaw}. */
    public void freeze(int vmid) {
        signal(running(vmid).orElseThrow(() -> new GuestConfigException("app " + vmid + " not running")), "STOP");
    }

    /** Continues the process group (SIGCONT); a stopped app is no error. */
    public void thaw(int vmid) {
        running(vmid).ifPresent(p -> signal(p, "CONT"));
    }

    private Optional<AppProcess> recorded(int vmid) {
        try {
            Path file = pidFile(vmid);
            return Files.exists(file) ? AppProcess.parse(Files.readString(file, StandardCharsets.UTF_8))
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private void forget(int vmid) {
        try {
            Files.deleteIfExists(pidFile(vmid));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void signal(AppProcess p, String signal) {
        QuietCommand.run("unable to send SIG" + signal + " to app process group " + p.pid(),
                List.of("kill", "-s", signal, "--", "-" + p.pid()));
    }

    private boolean awaitExit(int vmid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (running(vmid).isPresent()) {
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
