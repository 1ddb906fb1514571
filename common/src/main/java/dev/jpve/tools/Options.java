package dev.jpve.tools;

import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * The run options of a {@link Command} (upstream's {@code %param}); internal, nullable fields
 * mean "not given".
 */
record Options(Duration timeout, Integer umask, String errmsg, byte[] input, Redirect stdinFrom,
        Redirect stdoutTo, Consumer<String> outfunc, Consumer<String> errfunc,
        Consumer<String> logfunc, Runnable afterfork, boolean noerr, boolean keeplocale,
        boolean quiet) {

    static final Options NONE = new Options(null, null, null, null, null, null, null, null, null,
            null, false, false, false);

    /** A descriptor the child gets instead of a pipe: a raw fd of this process, or a file. */
    sealed interface Redirect {
        /** An open descriptor of this process (upstream's {@code <&N} / {@code >&N}). */
        record Descriptor(int fd) implements Redirect {}

        /** A file opened for the run (read-only for stdin, created/truncated for stdout). */
        record File(Path path) implements Redirect {}
    }

    /** A copy with some fields changed. */
    Options with(Consumer<Builder> change) {
        Builder b = new Builder(this);
        change.accept(b);
        return b.build();
    }

    /** Mutable scratch copy used by {@link #with}. */
    static final class Builder {
        Duration timeout;
        Integer umask;
        String errmsg;
        byte[] input;
        Redirect stdinFrom;
        Redirect stdoutTo;
        Consumer<String> outfunc;
        Consumer<String> errfunc;
        Consumer<String> logfunc;
        Runnable afterfork;
        boolean noerr;
        boolean keeplocale;
        boolean quiet;

        Builder(Options o) {
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

        Options build() {
            return new Options(timeout, umask, errmsg, input, stdinFrom, stdoutTo, outfunc, errfunc,
                    logfunc, afterfork, noerr, keeplocale, quiet);
        }
    }
}
