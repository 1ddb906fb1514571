package dev.jpve.tools.internal.command;

import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Upstream's errmsg mode for stderr: the latest line is withheld; each new line releases the
 * previous one (with {@code \n} appended) to the errfunc, or to System.err without one. Perl-false
 * lines ({@code ""}, {@code "0"}) are never released.
 */
final class WithheldStderr implements Consumer<String> {
    private final Consumer<String> errfunc;
    private String withheld;

    /** @param errfunc the user's errfunc, or null to print released lines to System.err */
    WithheldStderr(Consumer<String> errfunc) {
        this.errfunc = errfunc;
    }

    /** A new stderr line: releases the previous one and withholds this one. */
    @Override
    public void accept(String line) {
        release();
        withheld = line;
    }

    /** Releases the withheld line, if it is Perl-true. */
    void release() {
        String line = withheld;
        withheld = null;
        if (!PerlTruth.isTrue(line)) {
            return;
        }
        if (errfunc != null) {
            errfunc.accept(line + "\n");
        } else {
            PrintStream err = System.err;
            err.print(line + "\n");
            err.flush();
        }
    }

    /** Takes the withheld line (instead of releasing it) when it is Perl-true. */
    Optional<String> take() {
        String line = withheld;
        if (!PerlTruth.isTrue(line)) {
            return Optional.empty();
        }
        withheld = null;
        return Optional.of(line);
    }
}
