package dev.jpve.cluster;

/** A store operation failed; the message is upstream's text without the trailing newline. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** A failure with upstream's text. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure with upstream's text and its cause. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
