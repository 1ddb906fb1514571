package dev.jpve.tools.internal.command;

/**
 * An error inside a run (upstream's inner {@code $err}): {@link #text()} is the message that
 * follows {@code command '…' failed: } or {@code <errmsg>: }, ending in a newline.
 */
final class RunFailure extends Exception {
    private static final long serialVersionUID = 1L;

    RunFailure(String text) {
        super(text, null, false, false);
    }

    RunFailure(String text, Throwable cause) {
        super(text, cause, false, false);
    }

    /** The inner error text. */
    String text() {
        return getMessage();
    }

    /**
     * The text Perl would show for an error thrown by a callback: the message, with a final
     * newline added where Perl would append its location suffix instead.
     */
    static RunFailure fromCallback(RuntimeException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return new RunFailure(message.endsWith("\n") ? message : message + "\n", e);
    }
}
