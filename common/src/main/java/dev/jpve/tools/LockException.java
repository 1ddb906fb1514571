package dev.jpve.tools;

/**
 * A lock could not be taken by {@link FileLocks}; {@link #getMessage()} is upstream's exact text,
 * for example {@code can't lock file '/run/lock/x.lck' - got timeout\n} or {@code can't lock
 * file '/x/y.lck' - can't open file - No such file or directory\n}.
 */
public final class LockException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with upstream's full message text. */
    public LockException(String message) {
        super(message);
    }

    /** Creates the exception with upstream's full message text and the underlying failure. */
    public LockException(String message, Throwable cause) {
        super(message, cause);
    }
}
