package dev.jpve.tools.internal.command;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.HeapIo;
import dev.jpve.tools.posix.Spawn;
import java.util.ArrayList;
import java.util.List;

/**
 * The descriptors of one run: what the child gets as 0, 1 and 2, and the parent's ends of the
 * pipes ({@code -1} where there is no pipe). Every descriptor is close-on-exec; the child's are
 * closed in the parent right after the spawn.
 */
final class ChildStdio implements AutoCloseable {
    private static final int WRITE_MODE = Fd.O_WRONLY | Fd.O_CREAT | Fd.O_TRUNC | Fd.O_CLOEXEC;
    private final List<Integer> childSide = new ArrayList<>();
    private final List<Integer> parentSide = new ArrayList<>();
    private int childIn;
    private int childOut;
    private int childErr;
    private int stdinWrite = -1;
    private int stdoutRead = -1;
    private int stderrRead = -1;

    /** Opens the pipes and files for a run with {@code options}. */
    static ChildStdio open(RunOptions options, boolean stderrToStdout) throws RunFailure {
        ChildStdio stdio = new ChildStdio();
        try {
            stdio.openStdin(options.stdinFrom());
            stdio.openStdout(options.stdoutTo());
            stdio.openStderr(stderrToStdout);
            return stdio;
        } catch (RunFailure e) {
            stdio.close();
            throw e;
        }
    }

    /** The dup2 actions giving the child its 0, 1 and 2. */
    List<Spawn.Dup> dups() {
        return List.of(new Spawn.Dup(childIn, 0), new Spawn.Dup(childOut, 1), new Spawn.Dup(childErr, 2));
    }

    /** Closes the child's descriptors in the parent (after the spawn). */
    void closeChildSide() {
        childSide.forEach(Fd::closeQuietly);
        childSide.clear();
    }

    /** Hands the parent's end of the stdin pipe over to the caller ({@code -1} if none). */
    int takeStdinWrite() {
        return take(stdinWrite);
    }

    /** Hands the parent's end of the stdout pipe over to the caller ({@code -1} if none). */
    int takeStdoutRead() {
        return take(stdoutRead);
    }

    /** Hands the parent's end of the stderr pipe over to the caller ({@code -1} if none). */
    int takeStderrRead() {
        return take(stderrRead);
    }

    /** Closes every descriptor still owned here. */
    @Override
    public void close() {
        closeChildSide();
        parentSide.forEach(Fd::closeQuietly);
        parentSide.clear();
    }

    private int take(int fd) {
        parentSide.remove(Integer.valueOf(fd));
        return fd;
    }

    private void openStdin(RunOptions.Redirect from) throws RunFailure {
        if (from == null) {
            int[] p = pipe();
            childIn = child(p[0]);
            stdinWrite = parent(p[1]);
        } else {
            childIn = child(redirect(from, Fd.O_RDONLY | Fd.O_CLOEXEC));
        }
    }

    private void openStdout(RunOptions.Redirect to) throws RunFailure {
        if (to == null) {
            int[] p = pipe();
            stdoutRead = parent(p[0]);
            childOut = child(p[1]);
        } else {
            childOut = child(redirect(to, WRITE_MODE));
        }
    }

    private void openStderr(boolean toStdout) throws RunFailure {
        if (toStdout) {
            childErr = childOut;
            return;
        }
        int[] p = pipe();
        stderrRead = parent(p[0]);
        childErr = child(p[1]);
    }

    private int redirect(RunOptions.Redirect target, int flags) throws RunFailure {
        return switch (target) {
            case RunOptions.Redirect.Descriptor d -> dup(d.fd());
            case RunOptions.Redirect.File f -> openFile(f, flags);
        };
    }

    private static int dup(int fd) throws RunFailure {
        try {
            return HeapIo.dupCloexec(fd);
        } catch (ErrnoException e) {
            throw new RunFailure("open3: cannot duplicate fd " + fd + ": " + e.getMessage() + "\n", e);
        }
    }

    private static int openFile(RunOptions.Redirect.File file, int flags) throws RunFailure {
        try {
            return Fd.open(file.path().toString(), flags, 0666);
        } catch (ErrnoException e) {
            throw new RunFailure("can't open '" + file.path() + "' - " + e.getMessage() + "\n", e);
        }
    }

    private int[] pipe() throws RunFailure {
        try {
            return Fd.pipe(Fd.O_CLOEXEC);
        } catch (ErrnoException e) {
            throw new RunFailure("open3: pipe failed: " + e.getMessage() + "\n", e);
        }
    }

    private int child(int fd) {
        childSide.add(fd);
        return fd;
    }

    private int parent(int fd) {
        parentSide.add(fd);
        return fd;
    }
}
