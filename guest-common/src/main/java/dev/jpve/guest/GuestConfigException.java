package dev.jpve.guest;

/**
 * A guest config error with upstream's message text, without the trailing newline Perl's
 * {@code die} carries ({@link #upstreamText()} adds it back).
 */
public final class GuestConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with upstream's text (no trailing newline). */
    public GuestConfigException(String message) {
        super(message);
    }

    /** The message as upstream's {@code die} gives it: with the trailing newline. */
    public String upstreamText() {
        return getMessage() + "\n";
    }
}
