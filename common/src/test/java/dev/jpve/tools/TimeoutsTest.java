package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TimeoutsTest {
    private static final Duration LONG = Duration.ofMinutes(5);
    private static final Duration SHORT = Duration.ofMillis(200);

    @Test
    void returnsTheResultOfWorkThatFinishes() throws Exception {
        assertThat(Timeouts.run(LONG, () -> 42)).isEqualTo(42);
        assertThat(Timeouts.runTimed(LONG, () -> 8)).isEqualTo(Timed.finished(8));
    }

    @Test
    void aZeroOrMissingTimeoutFailsWithoutRunningTheCode() {
        AtomicBoolean ran = new AtomicBoolean();
        for (Duration timeout : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
            assertThatThrownBy(() -> Timeouts.run(timeout, () -> ran.getAndSet(true)))
                    .isInstanceOf(TimeoutExpiredException.class).hasMessage("got timeout\n");
            assertThatThrownBy(() -> Timeouts.runTimed(timeout, () -> ran.getAndSet(true)))
                    .hasMessage("got timeout\n");
        }
        assertThat(ran).isFalse();
    }

    @Test
    void workThatHangsTimesOutAndIsInterrupted() throws Exception {
        CountDownLatch interrupted = new CountDownLatch(1);
        assertThatThrownBy(() -> Timeouts.run(SHORT, () -> hangUntilInterrupted(interrupted)))
                .isInstanceOf(TimeoutExpiredException.class).hasMessage("got timeout\n");
        assertThat(interrupted.await(1, TimeUnit.MINUTES)).isTrue();
    }

    @Test
    void theTimedVariantReportsATimeoutInsteadOfThrowing() throws Exception {
        Timed<Object> timed = Timeouts.runTimed(SHORT, () -> hangUntilInterrupted(new CountDownLatch(1)));
        assertThat(timed).isEqualTo(Timed.expired());
        assertThat(timed.result()).isEmpty();
    }

    @Test
    void otherFailuresAreRethrownUnchangedEvenByTheTimedVariant() {
        IllegalStateException failure = new IllegalStateException("x\n");
        assertThatThrownBy(() -> Timeouts.runTimed(LONG, () -> {
            throw failure;
        })).isSameAs(failure);
        assertThatThrownBy(() -> Timeouts.run(LONG, () -> {
            throw new java.io.IOException("disk\n");
        })).isInstanceOf(java.io.IOException.class).hasMessage("disk\n");
    }

    private static Object hangUntilInterrupted(CountDownLatch interrupted) {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted.countDown();
        }
        return null;
    }
}
