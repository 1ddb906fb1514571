package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Waiting for and signalling child processes: {@code waitpid} (raw wait status),
 * {@code kill} (also of whole process groups), and {@code pidfd_open} + {@code poll} for a wait
 * with a deadline.
 */
public final class Processes {
    /** Signal {@code SIGKILL}. */
    public static final int SIGKILL = 9;
    /** errno {@code ESRCH}: no such process (group). */
    public static final int ESRCH = 3;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final short POLLIN = 1;
    private static final MethodHandle WAITPID = Libc.errnoFunction("waitpid",
            FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS, INT));
    private static final MethodHandle KILL = Libc.errnoFunction("kill", FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle PIDFD_OPEN = Libc.errnoFunction("pidfd_open",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle POLL = Libc.errnoFunction("poll",
            FunctionDescriptor.of(INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, INT));

    private Processes() {}

    /** Blocks until child {@code pid} terminates, reaps it, and returns the raw wait status. */
    public static int waitpid(int pid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            MemorySegment status = arena.allocate(INT);
            while ((int) WAITPID.invokeExact(errno, pid, status, 0) < 0) {
                if (Libc.errno(errno) != Fd.EINTR) {
                    throw new ErrnoException("waitpid", Libc.errno(errno));
                }
            }
            return status.get(INT, 0);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * Sends {@code signal} to {@code pid}; a negative {@code pid} names the process group
     * {@code -pid}. Returns false when no such process (group) exists (ESRCH).
     */
    public static boolean kill(int pid, int signal) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            if ((int) KILL.invokeExact(errno, pid, signal) == 0) {
                return true;
            }
            int e = Libc.errno(errno);
            if (e == ESRCH) {
                return false;
            }
            throw new ErrnoException("kill", e);
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code pidfd_open(pid, 0)}: a close-on-exec descriptor that becomes readable at exit. */
    public static int pidfdOpen(int pid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            int fd = (int) PIDFD_OPEN.invokeExact(errno, pid, 0);
            if (fd < 0) {
                throw new ErrnoException("pidfd_open", Libc.errno(errno));
            }
            return fd;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * Waits until {@code fd} is readable (for a pidfd: the process has exited) or
     * {@code timeoutMillis} passed; a negative timeout waits forever. Returns true if readable.
     */
    public static boolean awaitReadable(int fd, int timeoutMillis) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            MemorySegment pollfd = arena.allocate(8, 4);
            pollfd.set(INT, 0, fd);
            pollfd.set(ValueLayout.JAVA_SHORT, 4, POLLIN);
            int n = (int) POLL.invokeExact(errno, pollfd, 1L, timeoutMillis);
            if (n < 0 && Libc.errno(errno) != Fd.EINTR) {
                throw new ErrnoException("poll", Libc.errno(errno));
            }
            return n > 0;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
