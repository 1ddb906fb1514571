package dev.jpve.tools;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Test child process: {@code args[2]} times, takes {@link FileLocks#lockFile} on {@code args[0]}
 * and increments the decimal counter in {@code args[1]} (read, then rewrite in place, so a lost
 * lock shows as a lost update).
 */
public final class LockCounterMain {
    private LockCounterMain() {}

    /** {@code args}: lock file, counter file, number of increments. */
    public static void main(String[] args) throws Exception {
        Path counter = Path.of(args[1]);
        int rounds = Integer.parseInt(args[2]);
        // contention is the point here: its progress text would only clutter the test output
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (int i = 0; i < rounds; i++) {
            FileLocks.lockFileFull(args[0], Duration.ofSeconds(120), false, () -> {
                long n = Long.parseLong(Files.readString(counter).trim());
                return Files.writeString(counter, (n + 1) + "\n");
            }, quiet);
        }
    }
}
