package dev.jpve.tools;

/**
 * The work of a {@link Fork} failed; the message is the child's error text, verbatim (upstream
 * hands the stringified exception across the pipe).
 */
public final class ForkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with the child's (or the afterfork callback's) error text. */
    public ForkException(String message) {
        super(message);
    }

    /** Creates the exception with an error text and its cause. */
    public ForkException(String message, Throwable cause) {
        super(message, cause);
    }
}
