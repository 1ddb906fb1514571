package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Advisory whole-file locks with {@code flock(2)}, the kind PVE's Perl and Rust tools take (not
 * the {@code fcntl} record locks of {@code FileChannel.lock()}).
 */
public final class Flock {
    /** {@code LOCK_SH}: shared lock. */
    public static final int LOCK_SH = 1;
    /** {@code LOCK_EX}: exclusive lock. */
    public static final int LOCK_EX = 2;
    /** {@code LOCK_NB}: fail instead of blocking. */
    public static final int LOCK_NB = 4;
    /** {@code LOCK_UN}: release. */
    public static final int LOCK_UN = 8;

    private static final MethodHandle FLOCK = Libc.errnoFunction("flock", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));

    private Flock() {}

    /**
     * Tries {@code flock(fd, mode | LOCK_NB)} once, retrying only on EINTR.
     *
     * @param mode {@link #LOCK_SH} or {@link #LOCK_EX}
     * @return true when the lock is taken, false when another holder conflicts (EWOULDBLOCK)
     * @throws ErrnoException on any other failure
     */
    public static boolean tryLock(int fd, int mode) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            while (true) {
                if ((int) FLOCK.invokeExact(errno, fd, mode | LOCK_NB) == 0) {
                    return true;
                }
                int e = Libc.errno(errno);
                if (e == Fd.EAGAIN) {
                    return false;
                }
                if (e != Fd.EINTR) {
                    throw new ErrnoException("flock", e);
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
