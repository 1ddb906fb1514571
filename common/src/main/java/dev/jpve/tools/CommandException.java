package dev.jpve.tools;

import java.util.Objects;

/**
 * A command run by {@link Command#run()} failed; {@link #getMessage()} is upstream's exact
 * error text including its final newline, for example {@code command 'false' failed: exit code
 * 1\n}, {@code command 'sleep 5' failed: got timeout\n} or {@code oops: last stderr line\n}.
 * {@link #reason()} is the inner error alone ({@code exit code 1\n}, {@code got signal 9\n}),
 * for callers that report it in their own words.
 */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String reason;

    /** Creates the exception with upstream's full message text, which is also its reason. */
    public CommandException(String message) {
        this(message, message, null);
    }

    /** Creates the exception with upstream's full message text and the underlying failure. */
    public CommandException(String message, Throwable cause) {
        this(message, message, cause);
    }

    /**
     * Creates the exception with upstream's full message text, the inner error it wraps, and
     * the underlying failure (may be null).
     */
    public CommandException(String message, String reason, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The inner error without the {@code command '...' failed: } or errmsg prefix. */
    public String reason() {
        return reason;
    }
}
