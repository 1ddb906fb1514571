package dev.jpve.tools.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class EventQueueTest {
    private final EventQueue queue = new EventQueue(1);

    @Test
    void takeReturnsEventsInOrder() throws InterruptedException {
        queue.put(new IoEvent.End(IoEvent.STDOUT));
        assertThat(queue.take(Deadline.after(null))).isEqualTo(new IoEvent.End(IoEvent.STDOUT));
    }

    @Test
    void takeReturnsNullOncePastTheDeadline() throws InterruptedException {
        assertThat(queue.take(Deadline.after(Duration.ZERO))).isNull();
    }

    @Test
    void closedQueueDropsPutsWithoutBlocking() throws InterruptedException {
        queue.put(new IoEvent.End(IoEvent.STDOUT));
        queue.close();
        queue.put(new IoEvent.End(IoEvent.STDERR));
        assertThat(queue.take(Deadline.after(Duration.ZERO))).isNull();
    }

    @Test
    void putBlocksWhileFullUntilATake() throws Exception {
        queue.put(new IoEvent.End(IoEvent.STDOUT));
        Thread producer = Thread.ofPlatform().start(() -> queue.put(new IoEvent.End(IoEvent.STDERR)));
        assertThat(queue.take(Deadline.after(null))).isEqualTo(new IoEvent.End(IoEvent.STDOUT));
        assertThat(queue.take(Deadline.after(null))).isEqualTo(new IoEvent.End(IoEvent.STDERR));
        producer.join();
    }
}
