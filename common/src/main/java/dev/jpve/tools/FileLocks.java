package dev.jpve.tools;

import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs code while holding a {@code flock(2)} lock on a file ({@code lock_file} /
 * {@code lock_file_full}), compatible with the locks PVE's Perl and Rust tools and util-linux
 * {@code flock(1)} take.
 *
 * <p>The lock file is opened (created with mode 0666 minus the umask if missing, never deleted)
 * and locked; when another holder conflicts, {@code trying to acquire lock...\n} goes to
 * {@code System.err}, the lock is retried until the timeout, and {@code  OK\n} follows on
 * success. The lock is released when the code returns or throws.
 *
 * <p>Re-entrant as upstream: while a thread runs code under a lock on a file name (the string as
 * given, not canonicalised), a nested call from the same thread on the same string runs its code
 * directly, whatever the requested mode. Other threads of this JVM wait like other processes do.
 *
 * {@snippet :
 * String result = FileLocks.lockFile("/run/lock/my.lck", Duration.ofSeconds(5), () -> update());
 * }
 */
public final class FileLocks {
    /** The timeout used when none (null or zero) is given. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    private static final ThreadLocal<Set<String>> HELD = ThreadLocal.withInitial(HashSet::new);

    private FileLocks() {}

    /**
     * Runs {@code code} under an exclusive lock on {@code filename}; see
     * {@link #lockFileFull(String, Duration, boolean, Callable)}.
     */
    public static <T> T lockFile(String filename, Duration timeout, Callable<T> code) throws Exception {
        return lockFileFull(filename, timeout, false, code);
    }

    /**
     * Runs {@code code} under a shared or exclusive lock on {@code filename} and returns its
     * result; an exception thrown by {@code code} propagates unchanged.
     *
     * @param timeout how long to wait for a contended lock; null or zero means
     *     {@link #DEFAULT_TIMEOUT}
     * @throws LockException when the lock cannot be taken ({@code can't lock file '<f>' - got
     *     timeout\n}, {@code can't lock file '<f>' - can't open file - <errno>\n}); the code did
     *     not run
     * @throws InterruptedException when the thread is interrupted while waiting for the lock
     */
    public static <T> T lockFileFull(String filename, Duration timeout, boolean shared, Callable<T> code)
            throws Exception {
        return lockFileFull(filename, timeout, shared, code, System.err);
    }

    /**
     * Like {@link #lockFileFull(String, Duration, boolean, Callable)}, with the progress text
     * ({@code trying to acquire lock...}) going to {@code progress} instead of
     * {@code System.err}; a daemon passes a stream that discards or logs it.
     */
    public static <T> T lockFileFull(String filename, Duration timeout, boolean shared, Callable<T> code,
            java.io.PrintStream progress) throws Exception {
        Objects.requireNonNull(filename, "filename");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(code, "code");
        Set<String> held = HELD.get();
        if (held.contains(filename)) {
            return code.call();
        }
        try (HeldFileLock lock = HeldFileLock.acquire(filename, effective(timeout), shared, progress)) {
            held.add(filename);
            try {
                return code.call();
            } finally {
                held.remove(filename);
                if (held.isEmpty()) {
                    HELD.remove();
                }
            }
        }
    }

    /** Whether the calling thread currently runs code under a lock on {@code filename}. */
    public static boolean isHeldByCurrentThread(String filename) {
        return HELD.get().contains(Objects.requireNonNull(filename, "filename"));
    }

    private static Duration effective(Duration timeout) {
        if (timeout == null || timeout.isZero()) {
            return DEFAULT_TIMEOUT;
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("timeout must not be negative, got " + timeout);
        }
        return timeout;
    }
}
