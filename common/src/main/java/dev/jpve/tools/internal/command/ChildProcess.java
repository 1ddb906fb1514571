package dev.jpve.tools.internal.command;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.Processes;
import dev.jpve.tools.posix.Spawn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One spawned child, leader of its own process group. Closing it before it was reaped kills
 * the whole group with SIGKILL and reaps the child, so no error path leaves processes behind.
 */
final class ChildProcess implements AutoCloseable {
    private static final String SH = "/bin/sh";
    private final int pid;
    private final int pidfd;
    private boolean reaped;

    private ChildProcess(int pid, int pidfd) {
        this.pid = pid;
        this.pidfd = pidfd;
    }

    /**
     * Spawns {@code invocation} with the child's descriptors from {@code stdio}, applying the
     * umask through a {@code /bin/sh} prelude.
     *
     * @throws RunFailure {@code open3: exec of … failed: <strerror>\n} when exec fails
     */
    static ChildProcess spawn(Invocation invocation, RunOptions options, ChildStdio stdio) throws RunFailure {
        List<String> argv = invocation.argv();
        if (argv.isEmpty()) {
            throw execFailure(invocation, ExecutableLookup.ENOENT);
        }
        String file = invocation.perlShell() ? SH : argv.getFirst();
        List<String> args = invocation.perlShell() ? withArgv0("sh", argv) : argv;
        if (options.umask() != null) {
            checkExecutable(invocation, file);
            args = umaskPrelude(options.umask(), args);
            file = SH;
        }
        List<String> env = ChildEnvironment.entries(options.keeplocale());
        int pid = spawnOrRetryWithShell(invocation, file, args, env, stdio);
        return withPidfd(pid);
    }

    /** The process id, which is also the id of the child's process group. */
    int pid() {
        return pid;
    }

    /** Waits until the child exits or {@code deadline} passes; false on timeout. */
    boolean awaitExit(Deadline deadline) throws RunFailure {
        try {
            while (true) {
                if (Processes.awaitReadable(pidfd, deadline.remainingMillisForPoll())) {
                    return true;
                }
                if (deadline.expired()) {
                    return false;
                }
            }
        } catch (ErrnoException e) {
            throw new RunFailure(e.getMessage() + "\n", e);
        }
    }

    /** Reaps the child; the raw wait status, or -1 if it could not be obtained. */
    int reap() {
        reaped = true;
        try {
            return Processes.waitpid(pid);
        } catch (ErrnoException e) {
            return -1;
        }
    }

    /** SIGKILLs the child's whole process group. */
    void killGroup() {
        try {
            Processes.kill(-pid, Processes.SIGKILL);
        } catch (ErrnoException ignored) {
            // the group is gone already
        }
    }

    @Override
    public void close() {
        if (!reaped) {
            killGroup();
            reap();
        }
        Fd.closeQuietly(pidfd);
    }

    private static int spawnOrRetryWithShell(Invocation invocation, String file, List<String> args,
            List<String> env, ChildStdio stdio) throws RunFailure {
        try {
            return spawnClosingChildSide(file, args, env, stdio, false);
        } catch (ErrnoException e) {
            Optional<Path> script = e.errno() == Spawn.ENOEXEC ? ExecutableLookup.find(file) : Optional.empty();
            if (script.isEmpty()) {
                throw execFailure(invocation, e.errno());
            }
            List<String> viaShell = new ArrayList<>(List.of(SH, script.get().toString()));
            viaShell.addAll(args.subList(1, args.size()));
            try {
                return spawnClosingChildSide(SH, viaShell, env, stdio, true);
            } catch (ErrnoException again) {
                throw execFailure(invocation, again.errno());
            }
        }
    }

    private static int spawnClosingChildSide(String file, List<String> args, List<String> env,
            ChildStdio stdio, boolean lastTry) throws ErrnoException {
        try {
            int pid = Spawn.spawnInNewGroup(file, args, env, stdio.dups());
            stdio.closeChildSide();
            return pid;
        } catch (ErrnoException e) {
            if (lastTry || e.errno() != Spawn.ENOEXEC) {
                stdio.closeChildSide();
            }
            throw e;
        }
    }

    private static void checkExecutable(Invocation invocation, String file) throws RunFailure {
        if (ExecutableLookup.find(file).isEmpty()) {
            throw execFailure(invocation, ExecutableLookup.failureErrno(file));
        }
    }

    private static List<String> umaskPrelude(int umask, List<String> args) {
        List<String> prelude = new ArrayList<>(args.size() + 3);
        prelude.add("sh");
        prelude.add("-c");
        prelude.add("umask " + String.format("%04o", umask) + " && exec \"$0\" \"$@\"");
        prelude.addAll(args);
        return prelude;
    }

    private static List<String> withArgv0(String argv0, List<String> argv) {
        List<String> copy = new ArrayList<>(argv);
        copy.set(0, argv0);
        return copy;
    }

    private static RunFailure execFailure(Invocation invocation, int errno) {
        return new RunFailure("open3: exec of " + invocation.execText() + " failed: "
                + new ErrnoException("exec", errno).getMessage() + "\n");
    }

    private static ChildProcess withPidfd(int pid) throws RunFailure {
        try {
            return new ChildProcess(pid, Processes.pidfdOpen(pid));
        } catch (ErrnoException e) {
            new ChildProcess(pid, -1).close();
            throw new RunFailure("pidfd_open failed: " + e.getMessage() + "\n", e);
        }
    }
}
