package dev.jpve.tools;

import dev.jpve.tools.posix.ErrnoException;
import dev.jpve.tools.posix.Fd;
import dev.jpve.tools.posix.Flock;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * One taken lock: a JVM-internal read/write lock on the file name (so two threads of this JVM
 * never both hold it) plus a {@code flock(2)} on a descriptor of the file (so other processes
 * see it). Closing releases both.
 *
 * <p>{@code flock} has no timeout and a Java thread cannot be interrupted by SIGALRM, so a
 * contended lock is polled with {@code LOCK_NB} and a back-off of 1 to 50 ms until the deadline.
 * The in-JVM locks are kept per file name for the JVM's lifetime (lock files are a small, fixed
 * set in practice).
 */
final class HeldFileLock implements AutoCloseable {
    private static final long MAX_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(50);
    private static final ConcurrentHashMap<String, ReentrantReadWriteLock> IN_JVM =
            new ConcurrentHashMap<>();

    private final int fd;
    private final Lock inJvm;

    private HeldFileLock(int fd, Lock inJvm) {
        this.fd = fd;
        this.inJvm = inJvm;
    }

    static HeldFileLock acquire(String filename, Duration timeout, boolean shared)
            throws InterruptedException {
        return acquire(filename, timeout, shared, System.err);
    }

    static HeldFileLock acquire(String filename, Duration timeout, boolean shared, PrintStream progressOut)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Progress progress = new Progress(progressOut);
        int fd = open(filename);
        try {
            Lock inJvm = lockInJvm(filename, shared, deadline, progress);
            try {
                flock(filename, fd, shared ? Flock.LOCK_SH : Flock.LOCK_EX, deadline, progress);
            } catch (RuntimeException | InterruptedException e) {
                inJvm.unlock();
                throw e;
            }
            progress.succeeded();
            return new HeldFileLock(fd, inJvm);
        } catch (RuntimeException | InterruptedException e) {
            Fd.closeQuietly(fd);
            throw e;
        }
    }

    @Override
    public void close() {
        Fd.closeQuietly(fd);
        inJvm.unlock();
    }

    private static int open(String filename) {
        try {
            return Fd.open(filename, Fd.O_WRONLY | Fd.O_APPEND | Fd.O_CREAT | Fd.O_CLOEXEC, 0666);
        } catch (ErrnoException e) {
            throw new LockException(prefix(filename) + "can't open file - " + e.getMessage() + "\n", e);
        }
    }

    private static Lock lockInJvm(String filename, boolean shared, long deadline, Progress progress)
            throws InterruptedException {
        ReentrantReadWriteLock rw = IN_JVM.computeIfAbsent(filename, n -> new ReentrantReadWriteLock());
        Lock lock = shared ? rw.readLock() : rw.writeLock();
        if (lock.tryLock()) {
            return lock;
        }
        progress.waiting();
        if (!lock.tryLock(deadline - System.nanoTime(), TimeUnit.NANOSECONDS)) {
            throw timeout(filename);
        }
        return lock;
    }

    private static void flock(String filename, int fd, int mode, long deadline, Progress progress)
            throws InterruptedException {
        long backoff = TimeUnit.MILLISECONDS.toNanos(1);
        while (!tryFlock(filename, fd, mode, progress)) {
            progress.waiting();
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw timeout(filename);
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(backoff, remaining));
            backoff = Math.min(backoff * 2, MAX_BACKOFF_NANOS);
        }
    }

    private static boolean tryFlock(String filename, int fd, int mode, Progress progress) {
        try {
            return Flock.tryLock(fd, mode);
        } catch (ErrnoException e) {
            progress.waiting();
            progress.failed();
            throw new LockException(prefix(filename) + "can't acquire lock '" + filename + "' - "
                    + e.getMessage() + "\n", e);
        }
    }

    private static LockException timeout(String filename) {
        return new LockException(prefix(filename) + "got timeout\n");
    }

    private static String prefix(String filename) {
        return "can't lock file '" + filename + "' - ";
    }

    /** Upstream's progress text on STDERR, printed only when the lock was contended. */
    private static final class Progress {
        private final PrintStream err;
        private boolean waiting;

        Progress(PrintStream err) {
            this.err = err;
        }

        void waiting() {
            if (!waiting) {
                waiting = true;
                err.print("trying to acquire lock...\n");
                err.flush();
            }
        }

        void succeeded() {
            if (waiting) {
                err.print(" OK\n");
                err.flush();
            }
        }

        void failed() {
            err.print(" failed\n");
            err.flush();
        }
    }
}
