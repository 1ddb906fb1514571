package dev.jpve.tools.internal.command;

import java.time.Duration;

/** A point in {@link System#nanoTime()} time, or none. */
record Deadline(long nanos, boolean none) {
    private static final Deadline NONE = new Deadline(0, true);

    /** The deadline {@code timeout} from now; none for null. */
    static Deadline after(Duration timeout) {
        if (timeout == null) {
            return NONE;
        }
        return new Deadline(System.nanoTime() + Math.min(timeout.toNanos(), Long.MAX_VALUE / 4), false);
    }

    /** Whether the deadline passed. */
    boolean expired() {
        return !none && nanos - System.nanoTime() <= 0;
    }

    /** Nanoseconds left (0 once expired); {@link Long#MAX_VALUE} for none. */
    long remainingNanos() {
        return none ? Long.MAX_VALUE : Math.max(0, nanos - System.nanoTime());
    }

    /** Milliseconds left rounded up, for poll(2): -1 (forever) for none. */
    int remainingMillisForPoll() {
        if (none) {
            return -1;
        }
        long left = remainingNanos();
        return (int) Math.min(Integer.MAX_VALUE, (left + 999_999) / 1_000_000);
    }
}
