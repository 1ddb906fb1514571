package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLocksTest {
    private static final Duration LONG = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void runsTheCodeUnderAnExclusiveLockAndCreatesTheFile() throws Exception {
        Path f = dir.resolve("a.lck");
        String result = FileLocks.lockFile(f.toString(), LONG, () -> {
            assertThat(FlockHolder.otherProcessCanLock(f, true)).isFalse();
            return "result";
        });
        assertThat(result).isEqualTo("result");
        assertThat(Files.isRegularFile(f)).isTrue();
        assertThat(FlockHolder.otherProcessCanLock(f, false)).isTrue();
    }

    @Test
    void letsTheCodesExceptionThroughUnchangedAndReleases() {
        Path f = dir.resolve("b.lck");
        IllegalStateException inner = new IllegalStateException("inner\n");
        assertThatThrownBy(() -> FileLocks.lockFile(f.toString(), LONG, () -> {
            throw inner;
        })).isSameAs(inner);
        assertThat(FileLocks.isHeldByCurrentThread(f.toString())).isFalse();
    }

    @Test
    void timesOutWhileAnotherProcessHoldsTheLock() throws Exception {
        Path f = dir.resolve("c.lck");
        AtomicBoolean ran = new AtomicBoolean();
        try (FlockHolder holder = new FlockHolder(f, false); StderrCapture err = new StderrCapture()) {
            assertThatThrownBy(() -> FileLocks.lockFile(f.toString(), Duration.ofMillis(300),
                    () -> ran.getAndSet(true)))
                    .isInstanceOf(LockException.class)
                    .hasMessage("can't lock file '" + f + "' - got timeout\n");
            assertThat(err.text()).isEqualTo("trying to acquire lock...\n");
        }
        assertThat(ran).isFalse();
    }

    @Test
    void waitsUntilAnotherProcessReleasesTheLock() throws Exception {
        Path f = dir.resolve("d.lck");
        try (StderrCapture err = new StderrCapture()) {
            FlockHolder holder = new FlockHolder(f, false);
            CompletableFuture<String> locked = CompletableFuture.supplyAsync(
                    () -> call(() -> FileLocks.lockFile(f.toString(), LONG, () -> "ran")));
            err.awaitText("trying to acquire lock...\n");
            holder.close();
            assertThat(locked.get(60, TimeUnit.SECONDS)).isEqualTo("ran");
            assertThat(err.text()).isEqualTo("trying to acquire lock...\n OK\n");
        }
    }

    @Test
    void runsANestedCallOnTheSameNameWithoutLockingAgain() throws Exception {
        String f = dir.resolve("e.lck").toString();
        String result = FileLocks.lockFileFull(f, LONG, true,
                () -> FileLocks.lockFileFull(f, Duration.ofMillis(1), false, () -> "inner"));
        assertThat(result).isEqualTo("inner");
    }

    @Test
    void locksANestedDifferentFileIndependently() throws Exception {
        Path outer = dir.resolve("outer.lck");
        Path inner = dir.resolve("inner.lck");
        FileLocks.lockFile(outer.toString(), LONG, () -> FileLocks.lockFile(inner.toString(), LONG, () -> {
            assertThat(FlockHolder.otherProcessCanLock(outer, true)).isFalse();
            assertThat(FlockHolder.otherProcessCanLock(inner, true)).isFalse();
            return null;
        }));
        assertThat(FlockHolder.otherProcessCanLock(inner, false)).isTrue();
    }

    @Test
    void sharesASharedLockWithAnotherProcess() throws Exception {
        Path f = dir.resolve("f.lck");
        try (FlockHolder holder = new FlockHolder(f, true)) {
            assertThat(FileLocks.lockFileFull(f.toString(), LONG, true, () -> "shared")).isEqualTo("shared");
        }
    }

    @Test
    void keepsAnotherThreadOfThisJvmOut() throws Exception {
        String f = dir.resolve("g.lck").toString();
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Object> holder = CompletableFuture.supplyAsync(() -> call(() -> FileLocks.lockFile(f, LONG, () -> {
            holding.countDown();
            return release.await(60, TimeUnit.SECONDS);
        })));
        assertThat(holding.await(60, TimeUnit.SECONDS)).isTrue();
        try (StderrCapture err = new StderrCapture()) {
            assertThatThrownBy(() -> FileLocks.lockFile(f, Duration.ofMillis(200), () -> "no"))
                    .hasMessage("can't lock file '" + f + "' - got timeout\n");
        } finally {
            release.countDown();
        }
        assertThat(holder.get(60, TimeUnit.SECONDS)).isEqualTo(true);
    }

    @Test
    void reportsAnUnopenableLockFile() {
        assertThatThrownBy(() -> FileLocks.lockFile("/nonexistent-dir/x.lck", LONG, () -> "no"))
                .isInstanceOf(LockException.class)
                .hasMessage("can't lock file '/nonexistent-dir/x.lck' - can't open file - No such file or directory\n");
    }

    @Test
    void rejectsANegativeTimeout() {
        assertThatThrownBy(() -> FileLocks.lockFile("x", Duration.ofSeconds(-1), () -> "no"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }

    private static <T> T call(java.util.concurrent.Callable<T> code) {
        try {
            return code.call();
        } catch (Exception e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
