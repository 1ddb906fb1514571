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

    /** Creation refused: {@code VM <vmid> already exists on node '<node>'} (the existing guest's type word). */
    static StoreException alreadyExists(GuestEntry existing) {
        return new StoreException(existing.typeWord() + " " + existing.vmid() + " already exists on node '"
                + existing.node() + "'");
    }

    /** Upstream's {@code cfs_lock_file} failure: {@code cfs-lock '<lockid>' error: <why>}, one trailing newline dropped. */
    static StoreException lockFailed(String lockId, String why, Throwable cause) {
        String text = why.endsWith("\n") ? why.substring(0, why.length() - 1) : why;
        return new StoreException("cfs-lock '" + lockId + "' error: " + text, cause);
    }

    /** The text of a lock that was not acquired in time. */
    static final String LOCK_TIMEOUT = "got lock request timeout";
}
