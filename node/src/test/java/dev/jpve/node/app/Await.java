package dev.jpve.node.app;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waits for a condition another process brings about (a signal taking effect), with a deadline. */
final class Await {
    private static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {}

    static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("gave up waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }
}
