package dev.jpve.bench;

import dev.jpve.tools.Command;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code run_command}: spawning a trivial program, pushing bulk text through a pipeline, and
 * line callbacks per second, each against a bare {@link ProcessBuilder} baseline.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
public class CommandBench {
    private static final String LINE = "abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnopqrstuvwxyz0";
    private static final int LINES = 10_000_000;

    /** Bytes pushed through the pipeline (1 GiB; lower it with {@code -p bytes=…} to try). */
    @Param("1073741824")
    public long bytes;

    /** Command.of("true").run(): spawn, pipes, reader threads, reaping. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int runTrue() {
        return Command.of("true").run();
    }

    /** Baseline: ProcessBuilder("true").start().waitFor(). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public int processBuilderTrue() throws IOException, InterruptedException {
        return new ProcessBuilder("true").start().waitFor();
    }

    /** {@code bytes} of 64-byte lines through a two-stage pipeline into outfunc. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public long pipelineThroughOutfunc(Blackhole hole) {
        long[] total = new long[1];
        Command.pipeline(List.of("yes", LINE), List.of("head", "-c", Long.toString(bytes)))
                .outfunc(line -> total[0] += line.length() + 1)
                .noerr() // yes dies of SIGPIPE, so pipefail reports 141
                .run();
        hole.consume(total[0]);
        return total[0];
    }

    /** {@code bytes} through the same pipeline, read by the JVM without line callbacks (quiet). */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int pipelineReadRaw() {
        return Command.pipeline(List.of("yes", LINE), List.of("head", "-c", Long.toString(bytes)))
                .quiet()
                .noerr() // yes dies of SIGPIPE, so pipefail reports 141
                .run();
    }

    /** Baseline: the same pipeline run by bash into {@code cat >/dev/null}, no Java reading. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int pipelineIntoCatBaseline() throws IOException, InterruptedException {
        String script = "set -o pipefail && yes " + LINE + " | head -c " + bytes + " | cat >/dev/null";
        return new ProcessBuilder("/bin/bash", "-c", script).start().waitFor();
    }

    /** Lines per second delivered to outfunc (a child printing ten million short lines). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(LINES)
    public long outfuncLines(Blackhole hole) {
        long[] count = new long[1];
        Command.pipeline(List.of("yes", "line"), List.of("head", "-n", Integer.toString(LINES)))
                .outfunc(line -> count[0]++)
                .noerr() // yes dies of SIGPIPE, so pipefail reports 141
                .run();
        hole.consume(count[0]);
        return count[0];
    }
}
