package dev.jpve.bench;

import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskResult;
import dev.jpve.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Start-to-finish overhead of an empty task: UPID, log file, active list and index updates under
 * the flock, the final status line. The baseline starts and joins a bare virtual thread that
 * creates and writes one file.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class TaskBench {
    private Path dir;
    private TaskRunner runner;
    private long n;

    @Setup(Level.Iteration)
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("jpve-taskbench");
        runner = TaskRunner.create(new TaskLogDirectory(dir), "bench", (user, msg) -> { });
    }

    @TearDown(Level.Iteration)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** One empty task, waited for. */
    @Benchmark
    public TaskResult emptyTask() {
        return runner.start("bench", Long.toString(n++), "root@pam", task -> { }).completion().join();
    }

    /** Baseline: a virtual thread writing one new file. */
    @Benchmark
    public Path baselineThreadAndFile() throws Exception {
        Path file = dir.resolve("f" + n++);
        Thread t = Thread.ofVirtual().start(() -> {
            try {
                Files.writeString(file, "TASK OK\n");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        t.join();
        return file;
    }
}
