package dev.jpve.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Test fixture: replaces {@code System.err} until closed and lets a test wait for a text. */
final class StderrCapture implements AutoCloseable {
    private final PrintStream original = System.err;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    StderrCapture() {
        System.setErr(new PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                append(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                append(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
    }

    synchronized String text() {
        return buffer.toString(StandardCharsets.UTF_8);
    }

    /** Waits (up to a generous safety limit) until the captured text contains {@code part}. */
    synchronized void awaitText(String part) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!text().contains(part)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("stderr never showed " + part + ": " + text());
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
    }

    private synchronized void append(byte[] b, int off, int len) {
        buffer.write(b, off, len);
        notifyAll();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
