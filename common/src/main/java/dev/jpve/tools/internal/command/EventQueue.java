package dev.jpve.tools.internal.command;

import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bounded hand-over from the I/O threads to the running thread. Producers block while it is
 * full (back-pressure on the child); once closed, it drops whatever is put, so producers never
 * block on an abandoned run.
 */
final class EventQueue {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final ArrayDeque<IoEvent> events = new ArrayDeque<>();
    private final int capacity;
    private boolean closed;

    EventQueue(int capacity) {
        this.capacity = capacity;
    }

    /** Adds {@code event}, waiting while the queue is full; dropped once closed. */
    void put(IoEvent event) {
        lock.lock();
        try {
            while (events.size() >= capacity && !closed) {
                notFull.awaitUninterruptibly();
            }
            if (!closed) {
                events.add(event);
                notEmpty.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the next event, waiting until {@code deadline}.
     *
     * @return the event, or null when the deadline passed
     */
    IoEvent take(Deadline deadline) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (events.isEmpty()) {
                if (deadline.none()) {
                    notEmpty.await();
                } else if (deadline.expired()) {
                    return null;
                } else {
                    notEmpty.await(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
                }
            }
            notFull.signal();
            return events.poll();
        } finally {
            lock.unlock();
        }
    }

    /** Drops all queued events and makes every later {@link #put} a no-op. */
    void close() {
        lock.lock();
        try {
            closed = true;
            events.clear();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
