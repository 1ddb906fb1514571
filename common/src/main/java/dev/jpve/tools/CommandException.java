package dev.jpve.tools;

/**
 * A command run by {@link Command#run()} failed; {@link #getMessage()} is upstream's exact
 * error text including its final newline, for example {@code command 'false' failed: exit code
 * 1\n}, {@code command 'sleep 5' failed: got timeout\n} or {@code oops: last stderr line\n}.
 */
public final class CommandException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with upstream's full message text. */
    public CommandException(String message) {
        super(message);
    }

    /** Creates the exception with upstream's full message text and the underlying failure. */
    public CommandException(String message, Throwable cause) {
        super(message, cause);
    }
}
