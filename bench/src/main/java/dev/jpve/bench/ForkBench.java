package dev.jpve.bench;

import dev.jpve.tools.ForkTask;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import tools.jackson.databind.JsonNode;

/** {@code run_fork}: a trivial task in a child JVM, against spawning {@code true} as baseline. */
@State(Scope.Benchmark)
@org.openjdk.jmh.annotations.Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ForkBench {
    /** The trivial task: answers 42. */
    public static final class Answer implements ForkTask {
        @Override
        public Object call(JsonNode args) {
            return 42;
        }
    }

    /**
     * run_fork back to back: each call takes the spare child while the next one is still booting,
     * so this measures how fast this machine starts child JVMs.
     */
    @Benchmark
    public JsonNode runForkBackToBack() {
        return dev.jpve.tools.Fork.of(Answer.class).run().orElseThrow();
    }

    /** Gives the spare child time to boot before a single-shot measurement. */
    @Setup(Level.Iteration)
    public void letTheSpareBoot() throws InterruptedException {
        dev.jpve.tools.Fork.of(Answer.class).run();
        Thread.sleep(2000);
    }

    /** One run_fork with a booted spare child: the latency an occasional caller sees. */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    public JsonNode runForkWithSpareReady() {
        return dev.jpve.tools.Fork.of(Answer.class).run().orElseThrow();
    }

    /** Baseline: ProcessBuilder("true").start().waitFor(). */
    @Benchmark
    public int processBuilderTrue() throws IOException, InterruptedException {
        return new ProcessBuilder("true").start().waitFor();
    }
}
