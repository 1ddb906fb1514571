package dev.jpve.tools.internal.command;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The shared pool of platform threads that read children's output and write their input;
 * threads are reused across runs, so a run costs no thread creation.
 */
final class IoThreads {
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
        Thread t = new Thread(task, "jpve-command-io-" + COUNT.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private IoThreads() {}

    /** Runs {@code task} on a pool thread. */
    static void execute(Runnable task) {
        POOL.execute(task);
    }
}
