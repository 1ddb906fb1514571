package dev.jpve.bench;

import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * {@code file_set_contents} of a small file (fsync of file and directory, then rename) against
 * a baseline of {@code Files.write} of a temp file plus {@code Files.move(ATOMIC_MOVE)} without
 * any fsync; the ratio is the price of durability. Files live in {@code java.io.tmpdir}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FilesBench {
    private static final byte[] SMALL = "key: value\nother: 42\n".repeat(10).getBytes(StandardCharsets.UTF_8);

    private Path dir;
    private Path target;
    private Path baselineTarget;
    private Path baselineTemp;

    /** Creates the scratch directory. */
    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jpve-files-bench");
        target = dir.resolve("jpve.cfg");
        baselineTarget = dir.resolve("baseline.cfg");
        baselineTemp = dir.resolve("baseline.cfg.tmp");
    }

    /** Removes the scratch directory. */
    @TearDown
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** FileContents.set: exclusive temp file, write, fsync, rename, directory fsync. */
    @Benchmark
    public void fileSetContents() throws IOException {
        FileContents.set(target, SMALL, 0644);
    }

    /** Baseline: Files.write of a temp file and an atomic move, no fsync. */
    @Benchmark
    public Path filesWriteAndMove() throws IOException {
        Files.write(baselineTemp, SMALL);
        return Files.move(baselineTemp, baselineTarget, StandardCopyOption.ATOMIC_MOVE);
    }
}
