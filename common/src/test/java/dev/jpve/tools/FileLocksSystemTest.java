package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileLocks} against util-linux {@code flock(1)} and other JVMs. */
class FileLocksSystemTest {
    private static final int ROUNDS = 40;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void eightProcessesIncrementingUnderTheLockLoseNoUpdate() throws Exception {
        Path lock = dir.resolve("counter.lck");
        Path counter = Files.writeString(dir.resolve("counter"), "0\n");
        List<Process> workers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            workers.add(ChildJvm.start(LockCounterMain.class, lock.toString(), counter.toString(),
                    Integer.toString(ROUNDS)));
            workers.add(flockShellLoop(lock, counter));
        }
        for (Process worker : workers) {
            assertThat(worker.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(worker.exitValue()).isZero();
        }
        assertThat(Files.readString(counter)).isEqualTo(8 * ROUNDS + "\n");
    }

    @Test
    void anExclusiveFlockHolderMakesLockFileTimeOutWithUpstreamsMessage() throws Exception {
        Path f = dir.resolve("held.lck");
        try (FlockHolder holder = new FlockHolder(f, false); StderrCapture err = new StderrCapture()) {
            assertThatThrownBy(() -> FileLocks.lockFileFull(f.toString(), Duration.ofMillis(500), true, () -> 1))
                    .isInstanceOf(LockException.class)
                    .hasMessage("can't lock file '" + f + "' - got timeout\n");
        }
    }

    @Test
    void sharedLocksCoexistWithFlockButExcludeAnExclusiveOne() throws Exception {
        Path f = dir.resolve("shared.lck");
        try (FlockHolder holder = new FlockHolder(f, true)) {
            FileLocks.lockFileFull(f.toString(), Duration.ofSeconds(60), true, () -> {
                assertThat(FlockHolder.otherProcessCanLock(f, true)).isTrue();
                assertThat(FlockHolder.otherProcessCanLock(f, false)).isFalse();
                return null;
            });
        }
    }

    private static Process flockShellLoop(Path lock, Path counter) throws java.io.IOException {
        String script = "i=0; while [ $i -lt " + ROUNDS + " ]; do "
                + "flock -x \"$0\" sh -c 'n=$(cat \"$0\"); echo $((n+1)) > \"$0\"' \"$1\" || exit 1; "
                + "i=$((i+1)); done";
        return new ProcessBuilder("sh", "-c", script, lock.toString(), counter.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }
}
