package dev.jpve.tools.internal.command;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The run options of a {@link dev.jpve.tools.Command} (upstream's {@code %param}); internal,
 * nullable fields mean "not given".
 *
 * @param timeout limit of the whole run
 * @param umask the child's umask
 * @param errmsg errmsg mode's message prefix
 * @param input bytes written to stdin
 * @param stdinFrom stdin instead of a pipe ({@code <&N})
 * @param stdoutTo stdout instead of a pipe ({@code >&N})
 * @param outfunc stdout line callback
 * @param errfunc stderr line callback
 * @param logfunc callback for lines of both streams
 * @param afterfork called right after the spawn
 * @param noerr return the exit code instead of throwing
 * @param keeplocale do not set {@code LC_ALL=C}
 * @param quiet drop output no callback consumes
 */
public record RunOptions(Duration timeout, Integer umask, String errmsg, byte[] input, Redirect stdinFrom,
        Redirect stdoutTo, Consumer<String> outfunc, Consumer<String> errfunc,
        Consumer<String> logfunc, Runnable afterfork, boolean noerr, boolean keeplocale,
        boolean quiet) {

    /** No option given. */
    public static final RunOptions NONE = new RunOptions(null, null, null, null, null, null, null, null, null,
            null, false, false, false);

    /** A descriptor the child gets instead of a pipe: a raw fd of this process, or a file. */
    public sealed interface Redirect {
        /** An open descriptor of this process (upstream's {@code <&N} / {@code >&N}). */
        record Descriptor(int fd) implements Redirect {}

        /** A file opened for the run (read-only for stdin, created/truncated for stdout). */
        record File(Path path) implements Redirect {}
    }

    /** A copy with some fields changed. */
    public RunOptions with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Mutable scratch copy used by {@link #with}; each field is the option of that name. */
    public static final class Builder {
        public Duration timeout;
        public Integer umask;
        public String errmsg;
        public byte[] input;
        public Redirect stdinFrom;
        public Redirect stdoutTo;
        public Consumer<String> outfunc;
        public Consumer<String> errfunc;
        public Consumer<String> logfunc;
        public Runnable afterfork;
        public boolean noerr;
        public boolean keeplocale;
        public boolean quiet;

        Builder(RunOptions o) {
            timeout = o.timeout;
            umask = o.umask;
            errmsg = o.errmsg;
            input = o.input;
            stdinFrom = o.stdinFrom;
            stdoutTo = o.stdoutTo;
            outfunc = o.outfunc;
            errfunc = o.errfunc;
            logfunc = o.logfunc;
            afterfork = o.afterfork;
            noerr = o.noerr;
            keeplocale = o.keeplocale;
            quiet = o.quiet;
        }

        RunOptions build() {
            return new RunOptions(timeout, umask, errmsg, input, stdinFrom, stdoutTo, outfunc, errfunc,
                    logfunc, afterfork, noerr, keeplocale, quiet);
        }
    }
}
