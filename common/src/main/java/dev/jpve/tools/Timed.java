package dev.jpve.tools;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of work run under a deadline when a timeout is not an error (upstream's list
 * context): the result, or {@code timedOut} and no result.
 *
 * @param result the work's result; empty when it timed out or returned nothing
 * @param timedOut whether the deadline passed before the work finished
 * @param <T> the result type
 */
public record Timed<T>(Optional<T> result, boolean timedOut) {
    /** Checks the components. */
    public Timed {
        Objects.requireNonNull(result, "result");
    }

    /** A finished outcome. */
    public static <T> Timed<T> finished(T result) {
        return new Timed<>(Optional.ofNullable(result), false);
    }

    /** A timed-out outcome. */
    public static <T> Timed<T> expired() {
        return new Timed<>(Optional.empty(), true);
    }
}
