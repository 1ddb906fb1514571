package dev.jpve.tools.posix;

import java.io.IOException;

/**
 * A failed libc call. {@link #getMessage()} is the bare {@code strerror} text (Perl's
 * {@code $!}), since upstream messages embed exactly that.
 */
public final class ErrnoException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int errno;
    private final String call;

    /** @param call the libc function that failed; @param errno its errno */
    public ErrnoException(String call, int errno) {
        super(Libc.strerror(errno));
        this.call = call;
        this.errno = errno;
    }

    /** The errno value. */
    public int errno() {
        return errno;
    }

    /** The name of the call that failed. */
    public String call() {
        return call;
    }
}
