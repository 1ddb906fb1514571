package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class ProcessCheckTest {
    private static final long SELF = ProcessHandle.current().pid();

    @Test
    void findsTheCurrentProcessRunningWithItsOwnStartTime() {
        long pstart = ProcessCheck.startTime(SELF);

        assertThat(pstart).isPositive();
        assertThat(ProcessCheck.running(SELF, pstart)).isPresent();
        assertThat(ProcessCheck.running(SELF)).isPresent();
    }

    @Test
    void doesNotFindTheCurrentProcessUnderAnotherStartTime() {
        long pstart = ProcessCheck.startTime(SELF);

        assertThat(ProcessCheck.running(SELF, pstart + 1)).isEmpty();
    }

    @Test
    void reportsStartTimeZeroForAMissingProcess() {
        assertThat(ProcessCheck.startTime(Integer.MAX_VALUE)).isZero();
        assertThat(ProcessCheck.running(Integer.MAX_VALUE)).isEmpty();
    }

    @Test
    void doesNotCountAKilledButUnreapedChildAsRunning() throws Exception {
        // The shell starts a background child, then becomes a 'sleep' that never reaps it.
        Process parent = new ProcessBuilder("/bin/sh", "-c", "sleep 600 & echo $!; exec sleep 600")
                .redirectErrorStream(true).start();
        try {
            long child = Long.parseLong(new BufferedReader(new InputStreamReader(
                    parent.getInputStream(), StandardCharsets.US_ASCII)).readLine().trim());
            long pstart = ProcessCheck.startTime(child);
            assertThat(ProcessCheck.running(child, pstart)).isPresent();
            // only once the shell has become 'sleep' is nobody left who would reap the child
            awaitCondition(() -> PidStat.read(parent.pid()).map(s -> s.comm().equals("sleep")).orElse(false));

            ProcessHandle.of(child).orElseThrow().destroyForcibly();
            awaitCondition(() -> PidStat.read(child).map(PidStat::isZombie).orElse(false));

            assertThat(PidStat.read(child)).isPresent();
            assertThat(ProcessCheck.running(child, pstart)).isEmpty();
            assertThat(ProcessCheck.running(child)).isEmpty();
        } finally {
            parent.destroyForcibly().waitFor();
        }
    }

    /** Polls a state change the kernel makes asynchronously; the deadline is only a safety net. */
    private static void awaitCondition(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("condition reached in time").isBefore(deadline);
            Thread.sleep(5);
        }
    }
}
