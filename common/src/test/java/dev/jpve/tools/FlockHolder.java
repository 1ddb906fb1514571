package dev.jpve.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Test fixture: util-linux {@code flock(1)} holding a lock in another process until closed. The
 * constructor returns once the holder reports that it has the lock.
 */
final class FlockHolder implements AutoCloseable {
    private final Process process;

    FlockHolder(Path file, boolean shared) throws IOException {
        process = new ProcessBuilder("flock", shared ? "-s" : "-x", file.toString(), "-c",
                "echo locked && exec cat >/dev/null")
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String line = out.readLine();
        if (!"locked".equals(line)) {
            close();
            throw new IOException("flock(1) did not take the lock: " + line);
        }
    }

    /** Releases the lock: the holder's {@code cat} sees end of input and exits. */
    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("flock(1) holder did not exit");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Whether {@code flock -n} of {@code mode} on {@code file} from another process succeeds. */
    static boolean otherProcessCanLock(Path file, boolean shared) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("flock", "-n", shared ? "-s" : "-x", file.toString(), "true")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor() == 0;
    }
}
