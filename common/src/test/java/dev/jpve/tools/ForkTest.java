package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ForkTest {
    private static final Duration SAFETY = Duration.ofMinutes(2);
    private final ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    private PrintStream stderr;

    public static final class Answer implements ForkTask {
        @Override
        public Object call(JsonNode args) {
            return args.isNull() ? 42 : args;
        }
    }

    public static final class Structure implements ForkTask {
        @Override
        public Object call(JsonNode args) {
            return Map.of("a", List.of(1, "2"));
        }
    }

    public static final class Fails implements ForkTask {
        @Override
        public Object call(JsonNode args) throws Exception {
            throw new Exception(args.asString());
        }
    }

    public static final class Hangs implements ForkTask {
        @Override
        public Object call(JsonNode args) throws Exception {
            new CountDownLatch(1).await();
            return null;
        }
    }

    public static final class DiesWithoutAnswer implements ForkTask {
        @Override
        public Object call(JsonNode args) {
            Runtime.getRuntime().halt(3);
            return null;
        }
    }

    public static final class OwnPid implements ForkTask {
        @Override
        public Object call(JsonNode args) {
            System.out.println("task output goes to stderr, not into the result");
            return ProcessHandle.current().pid();
        }
    }

    @BeforeEach
    void captureWarnings() {
        stderr = System.err;
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    @Test
    void returnsTheChildsResultAsJson() {
        assertThat(Fork.of(Answer.class).timeout(SAFETY).run()).hasValueSatisfying(v -> assertThat(v.asInt()).isEqualTo(42));
        JsonNode args = JsonMapper.builder().build().readTree("{\"x\":[1,\"2\"]}");
        assertThat(Fork.of(Answer.class, args).run()).contains(args);
    }

    @Test
    void theTimedVariantReturnsTheResultAndNoTimeout() {
        Timed<JsonNode> timed = Fork.of(Structure.class).timeout(SAFETY).runTimed();
        assertThat(timed.timedOut()).isFalse();
        assertThat(timed.result().orElseThrow().toString()).isEqualTo("{\"a\":[1,\"2\"]}");
    }

    @Test
    void theChildsErrorTextIsRaisedVerbatim() {
        JsonNode text = JsonMapper.builder().build().stringNode("400 bad thing\n");
        assertThatThrownBy(() -> Fork.of(Fails.class, text).timeout(SAFETY).run())
                .isInstanceOf(ForkException.class).hasMessage("400 bad thing\n");
    }

    @Test
    void aHangingChildTimesOutWithAWarningAndIsKilled() {
        AtomicLong pid = new AtomicLong();
        assertThat(Fork.of(Hangs.class).timeout(Duration.ofSeconds(2)).afterfork(pid::set).run()).isEmpty();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEqualTo("got timeout\n");
        assertThat(ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void theTimedVariantReportsATimeoutWithoutWarning() {
        Timed<JsonNode> timed = Fork.of(Hangs.class).timeout(Duration.ofSeconds(1)).runTimed();
        assertThat(timed).isEqualTo(Timed.expired());
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aChildThatDiesWithoutAnsweringGivesAWarningAndNoResult() {
        assertThat(Fork.of(DiesWithoutAnswer.class).timeout(SAFETY).run()).isEmpty();
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isNotEmpty();
    }

    @Test
    void afterforkGetsTheChildPidAndTheTasksPrintsStayOutOfTheResult() {
        AtomicLong pid = new AtomicLong();
        JsonNode result = Fork.of(OwnPid.class).timeout(SAFETY).afterfork(pid::set).run().orElseThrow();
        assertThat(result.asLong()).isEqualTo(pid.get()).isPositive();
    }

    @Test
    void anAfterforkFailureIsWarnedRaisedAndTheChildKilled() {
        AtomicLong pid = new AtomicLong();
        assertThatThrownBy(() -> Fork.of(Hangs.class).timeout(SAFETY).afterfork(p -> {
            pid.set(p);
            throw new IllegalStateException("af failed\n");
        }).run()).isInstanceOf(ForkException.class).hasMessage("af failed\n");
        assertThat(warnings.toString(StandardCharsets.UTF_8)).isEqualTo("af failed\n");
        assertThat(ProcessHandle.of(pid.get()).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    void badArgumentsAreRefusedUpFront() {
        assertThatThrownBy(() -> Fork.of(null)).isInstanceOf(NullPointerException.class).hasMessage("task");
        assertThatThrownBy(() -> Fork.of(Answer.class).timeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    }
}
