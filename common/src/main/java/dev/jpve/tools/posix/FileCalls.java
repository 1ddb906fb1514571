package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * File-system calls whose errno upstream's messages quote: {@code rename}, {@code unlink},
 * {@code fsync}, {@code fchown}, {@code pread}, {@code lseek}, and {@code getuid}.
 */
public final class FileCalls {
    private static final int SEEK_END = 2;
    private static final ValueLayout INT = ValueLayout.JAVA_INT;
    private static final ValueLayout LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout PTR = ValueLayout.ADDRESS;

    private static final MethodHandle RENAME = Libc.errnoFunction("rename",
            FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle UNLINK = Libc.errnoFunction("unlink",
            FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle FSYNC = Libc.errnoFunction("fsync",
            FunctionDescriptor.of(INT, INT));
    private static final MethodHandle FCHOWN = Libc.errnoFunction("fchown",
            FunctionDescriptor.of(INT, INT, INT, INT));
    private static final MethodHandle PREAD = Libc.errnoFunction("pread",
            FunctionDescriptor.of(LONG, INT, PTR, LONG, LONG));
    private static final MethodHandle LSEEK = Libc.errnoFunction("lseek",
            FunctionDescriptor.of(LONG, INT, LONG, INT));
    private static final MethodHandle GETUID = Libc.function("getuid", FunctionDescriptor.of(INT));

    private FileCalls() {}

    /** {@code rename(from, to)}. */
    public static void rename(String from, String to) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            check("rename", errno, (int) RENAME.invokeExact(errno, arena.allocateFrom(from),
                    arena.allocateFrom(to)));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code unlink(path)}. */
    public static void unlink(String path) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            check("unlink", errno, (int) UNLINK.invokeExact(errno, arena.allocateFrom(path)));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Unlinks {@code path}, ignoring every error (cleanup paths). */
    public static void unlinkQuietly(String path) {
        try {
            unlink(path);
        } catch (ErrnoException ignored) {
            // cleanup: nothing left to remove or nothing we can do
        }
    }

    /** {@code fsync(fd)}, retrying on EINTR. */
    public static void fsync(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            while ((int) FSYNC.invokeExact(errno, fd) != 0) {
                if (Libc.errno(errno) != Fd.EINTR) {
                    throw new ErrnoException("fsync", Libc.errno(errno));
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code fchown(fd, uid, gid)}; -1 leaves that id unchanged. */
    public static void fchown(int fd, int uid, int gid) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            check("fchown", errno, (int) FCHOWN.invokeExact(errno, fd, uid, gid));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code pread(fd, buf, len, offset)}, retrying on EINTR; 0 at end of file. */
    public static long pread(int fd, MemorySegment buf, long len, long offset) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            while (true) {
                long n = (long) PREAD.invokeExact(errno, fd, buf, len, offset);
                if (n >= 0) {
                    return n;
                }
                if (Libc.errno(errno) != Fd.EINTR) {
                    throw new ErrnoException("pread", Libc.errno(errno));
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The size of the open file, by {@code lseek(fd, 0, SEEK_END)} (moves the offset). */
    public static long seekEnd(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            long size = (long) LSEEK.invokeExact(errno, fd, 0L, SEEK_END);
            if (size < 0) {
                throw new ErrnoException("lseek", Libc.errno(errno));
            }
            return size;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** The real user id of this process. */
    public static int getuid() {
        try {
            return (int) GETUID.invokeExact();
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private static void check(String call, MemorySegment errno, int rc) throws ErrnoException {
        if (rc != 0) {
            throw new ErrnoException(call, Libc.errno(errno));
        }
    }
}
