package dev.jpve.bench;

import dev.jpve.procfs.PidStat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code read_proc_pid_stat} over every process on the machine, against the baseline of merely
 * reading each {@code /proc/<pid>/stat} with {@link Files#readString} (no parsing).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ProcFsBench {
    private long[] pids;

    /** Lists the pids once; processes that exit meanwhile just read as absent. */
    @Setup
    public void listPids() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            pids = entries.map(p -> p.getFileName().toString())
                    .filter(name -> name.chars().allMatch(Character::isDigit))
                    .mapToLong(Long::parseLong).toArray();
        }
    }

    /** Baseline: read every stat file as text. */
    @Benchmark
    public void readStringOnly(Blackhole sink) throws IOException {
        for (long pid : pids) {
            try {
                sink.consume(Files.readString(Path.of("/proc/" + pid + "/stat")));
            } catch (NoSuchFileException e) {
                sink.consume(e);
            }
        }
    }

    /** Read and parse every stat file. */
    @Benchmark
    public void readProcPidStat(Blackhole sink) {
        for (long pid : pids) {
            sink.consume(PidStat.read(pid));
        }
    }
}
