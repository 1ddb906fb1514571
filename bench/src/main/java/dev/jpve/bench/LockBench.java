package dev.jpve.bench;

import dev.jpve.tools.FileLocks;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
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
 * Uncontended {@code lock_file} (open, flock, run, close) against a baseline of a raw
 * {@code FileChannel.lock()} / {@code release()} on an already open channel (fcntl lock).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LockBench {
    private Path lockFile;
    private String lockName;
    private FileChannel channel;

    /** Creates the lock file and opens the baseline's channel. */
    @Setup
    public void setUp() throws IOException {
        lockFile = Files.createTempFile("jpve-lock-bench", ".lck");
        lockName = lockFile.toString();
        channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Closes the channel and removes the lock file. */
    @TearDown
    public void tearDown() throws IOException {
        channel.close();
        Files.deleteIfExists(lockFile);
    }

    /** FileLocks.lockFile with a trivial body: open, flock(LOCK_EX|LOCK_NB), call, close. */
    @Benchmark
    public Integer lockFile() throws Exception {
        return FileLocks.lockFile(lockName, null, () -> 1);
    }

    /** Baseline: FileChannel.lock() and release() on an open channel. */
    @Benchmark
    public boolean fileChannelLock() throws IOException {
        FileLock lock = channel.lock();
        lock.release();
        return lock.isValid();
    }
}
