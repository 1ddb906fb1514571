package dev.jpve.tools;

/**
 * The work given to {@link Timeouts#run} did not finish in time. The message is upstream's
 * {@code got timeout\n}.
 */
public final class TimeoutExpiredException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Upstream's text. */
    public static final String MESSAGE = "got timeout\n";

    /** Creates the exception with upstream's text. */
    public TimeoutExpiredException() {
        super(MESSAGE);
    }
}
