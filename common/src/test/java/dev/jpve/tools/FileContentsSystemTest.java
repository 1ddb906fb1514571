package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Real processes against {@link FileContents}, {@link TempFile} and {@link FileLocks}. */
class FileContentsSystemTest {
    private static final int KILLS = 200;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void aWriterKilledMidWriteNeverLeavesAPartialFile() throws Exception {
        // two kill loops side by side halve the wall time spent on child JVM start-ups
        try (ExecutorService loops = Executors.newFixedThreadPool(2)) {
            Future<Integer> first = loops.submit(() -> killRepeatedly(dir.resolve("target0"), KILLS / 2));
            Future<Integer> second = loops.submit(() -> killRepeatedly(dir.resolve("target1"), KILLS / 2));
            int midWrite = first.get() + second.get();
            assertThat(midWrite).as("kills that interrupted a write (left a temp file)").isPositive();
        }
    }

    /** Kills {@code kills} writers of {@code target}; returns how many kills interrupted a write. */
    private static int killRepeatedly(Path target, int kills) throws IOException, InterruptedException {
        byte[][] versions = {AtomicWriterMain.version(0), AtomicWriterMain.version(1)};
        FileContents.set(target, versions[0]);
        int midWrite = 0;
        for (int kill = 0; kill < kills; kill++) {
            midWrite += killWhileWriting(target) ? 1 : 0;
            byte[] now = Files.readAllBytes(target);
            assertThat(Arrays.equals(now, versions[0]) || Arrays.equals(now, versions[1]))
                    .as("content after kill %d is one complete version (size %d)", kill, now.length)
                    .isTrue();
        }
        return midWrite;
    }

    @Test
    void errorPathsLeaveNoDescriptorAndNoTempFile() throws Exception {
        Path nonEmptyDir = Files.createDirectory(dir.resolve("d"));
        Files.writeString(nonEmptyDir.resolve("x"), "x");
        Path big = Files.write(dir.resolve("big"), new byte[200]);
        warmUp(nonEmptyDir, big);
        long before = openDescriptors();
        for (int i = 0; i < 50; i++) {
            failEveryWay(nonEmptyDir, big);
        }
        assertThat(openDescriptors()).isEqualTo(before);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("d", "big");
        }
    }

    private void warmUp(Path nonEmptyDir, Path big) throws Exception {
        failEveryWay(nonEmptyDir, big);
    }

    private void failEveryWay(Path nonEmptyDir, Path big) throws Exception {
        assertThatThrownBy(() -> FileContents.set(nonEmptyDir, new byte[10])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileContents.set(dir.resolve("no/f"), new byte[10])).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileContents.get(big, 100)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileContents.get(nonEmptyDir, 0)).isInstanceOf(IOException.class);
        assertThat(FileContents.readLastLine(dir.resolve("no/f"))).isEmpty();
        assertThat(FileContents.readFirstLine(nonEmptyDir)).isEmpty();
        assertThatThrownBy(() -> FileLocks.lockFile(dir.resolve("no/l").toString(), Duration.ofSeconds(5), () -> 1))
                .isInstanceOf(LockException.class);
        assertThatThrownBy(() -> TempFile.create(dir.resolve("no"), 0600)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> FileLocks.lockFile(dir.resolve("l").toString(), Duration.ofSeconds(5), () -> {
            throw new IllegalStateException("code failed");
        })).isInstanceOf(IllegalStateException.class);
        Files.deleteIfExists(dir.resolve("l"));
    }

    /** Returns whether the kill interrupted a write, i.e. left the writer's temp file behind. */
    private static boolean killWhileWriting(Path target) throws IOException, InterruptedException {
        Process writer = ChildJvm.start(AtomicWriterMain.class, target.toString());
        try {
            var out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.US_ASCII));
            assertThat(out.readLine()).isEqualTo("writing");
            // the random delay spreads the kills over every phase of a write; it synchronises nothing
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(30_000));
        } finally {
            writer.destroyForcibly();
            assertThat(writer.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        return Files.deleteIfExists(Path.of(target + ".tmp." + writer.pid()));
    }

    private static long openDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
