package dev.jpve.tools.internal.command;

import dev.jpve.tools.CommandException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One execution of a {@link dev.jpve.tools.Command}: spawn, I/O loop on the calling thread,
 * reaping, and upstream's error reporting (timeout, then errmsg, then noerr).
 */
public final class CommandRun {
    private static final Pattern RSYNC = Pattern.compile("^(\\S+/)?rsync\\s");
    private static final Pattern USERMOD = Pattern.compile("^(\\S+/)?usermod\\s");
    private static final Pattern USERMOD_PREFIX = Pattern.compile("^usermod:\\s*");

    private final Invocation invocation;
    private final RunOptions options;
    private final WithheldStderr withheld;
    private final LineSplitter stdoutLines;
    private final LineSplitter stderrLines;
    private int exitcode = -1;

    /** Prepares one run of {@code invocation} with {@code options}. */
    public CommandRun(Invocation invocation, RunOptions options) {
        this.invocation = invocation;
        this.options = options;
        this.withheld = options.errmsg() == null ? null : new WithheldStderr(options.errfunc());
        Consumer<String> errfunc = withheld != null ? withheld : options.errfunc();
        this.stdoutLines = splitter(options.outfunc(), options.logfunc());
        this.stderrLines = splitter(errfunc, options.logfunc());
    }

    /** Runs and reports like upstream; see {@link dev.jpve.tools.Command#run()}. */
    public int run() {
        RunFailure failure = null;
        try {
            execute();
        } catch (RunTimeout t) {
            releaseWithheld();
            throw new CommandException(failedPrefix() + t.getMessage(), t.getMessage(), null);
        } catch (RunFailure f) {
            failure = f;
        }
        releaseWithheld();
        if (failure == null) {
            return exitcode;
        }
        if (options.errmsg() != null) {
            String reason = usermodStripped(failure.text());
            throw new CommandException(options.errmsg() + ": " + reason, reason, failure.getCause());
        }
        if (!options.noerr()) {
            throw new CommandException(failedPrefix() + failure.text(), failure.text(), failure.getCause());
        }
        return exitcode;
    }

    private void execute() throws RunTimeout, RunFailure {
        if (invocation.noArguments()) {
            throw new RunFailure("open3: not enough arguments\n");
        }
        try (ChildStdio stdio = ChildStdio.open(options, invocation.stderrToStdout());
                ChildProcess child = ChildProcess.spawn(invocation, options, stdio)) {
            Deadline deadline = Deadline.after(options.timeout());
            try (IoSession io = IoSession.start(stdio, discardStdout(), discardStderr())) {
                afterfork(deadline);
                io.startInput(options.input());
                consume(io, deadline);
                flushRemainders();
            }
            if (!child.awaitExit(deadline)) {
                throw new RunTimeout();
            }
            evaluate(child.reap());
        }
    }

    private void afterfork(Deadline deadline) throws RunFailure, RunTimeout {
        if (options.afterfork() != null) {
            try {
                options.afterfork().run();
            } catch (RuntimeException e) {
                throw RunFailure.fromCallback(e);
            }
            if (deadline.expired()) {
                throw new RunTimeout();
            }
        }
    }

    private void consume(IoSession io, Deadline deadline) throws RunFailure, RunTimeout {
        while (io.openStreams() > 0) {
            if (deadline.expired()) {
                throw new RunTimeout();
            }
            IoEvent event;
            try {
                event = io.next(deadline);
            } catch (InterruptedException e) {
                // a cancellation request: never swallowed by noerr, and the group is killed
                Thread.currentThread().interrupt();
                throw new CommandException(failedPrefix() + "interrupted\n", "interrupted\n", e);
            }
            switch (event) {
                case null -> throw new RunTimeout();
                case IoEvent.Data d -> deliver(d);
                case IoEvent.End e -> { }
                case IoEvent.Failed f -> throw new RunFailure(f.error().getMessage() + "\n", f.error());
            }
        }
    }

    private void deliver(IoEvent.Data data) throws RunFailure {
        boolean stdout = data.stream() == IoEvent.STDOUT;
        LineSplitter lines = stdout ? stdoutLines : stderrLines;
        try {
            if (lines != null) {
                lines.feed(data.bytes());
            } else {
                copyRaw(stdout ? System.out : System.err, data.bytes());
            }
        } catch (RuntimeException e) {
            throw RunFailure.fromCallback(e);
        }
    }

    private static void copyRaw(PrintStream target, byte[] bytes) {
        target.write(bytes, 0, bytes.length);
        target.flush();
    }

    private void flushRemainders() throws RunFailure {
        try {
            flush(stdoutLines);
            flush(stderrLines);
        } catch (RuntimeException e) {
            throw RunFailure.fromCallback(e);
        }
    }

    private static void flush(LineSplitter lines) {
        if (lines != null) {
            lines.remainder().filter(PerlTruth::isTrue).ifPresent(lines::emitLine);
        }
    }

    private void evaluate(int status) throws RunFailure {
        if (status == -1) {
            throw new RunFailure("failed to execute\n");
        }
        int signal = status & 0x7f;
        if (signal != 0) {
            throw new RunFailure("got signal " + signal + "\n");
        }
        exitcode = (status >> 8) & 0xff;
        if (exitcode != 0 && !(exitcode == 24 && RSYNC.matcher(invocation.cmdstr()).find())) {
            Optional<String> last = withheld == null ? Optional.empty() : withheld.take();
            throw new RunFailure(last.map(l -> l + "\n").orElse("exit code " + exitcode + "\n"));
        }
    }

    private void releaseWithheld() {
        if (withheld != null) {
            withheld.release();
        }
    }

    private String usermodStripped(String error) {
        return USERMOD.matcher(invocation.cmdstr()).find()
                ? USERMOD_PREFIX.matcher(error).replaceFirst("") : error;
    }

    private String failedPrefix() {
        return "command '" + invocation.cmdstr() + "' failed: ";
    }

    private boolean discardStdout() {
        return options.quiet() && stdoutLines == null;
    }

    private boolean discardStderr() {
        return options.quiet() && stderrLines == null;
    }

    private static LineSplitter splitter(Consumer<String> func, Consumer<String> logfunc) {
        if (func == null && logfunc == null) {
            return null;
        }
        Consumer<String> sink = func == null ? logfunc : logfunc == null ? func : func.andThen(logfunc);
        return new LineSplitter(sink);
    }
}
