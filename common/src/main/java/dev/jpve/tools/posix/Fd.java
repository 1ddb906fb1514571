package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Raw file-descriptor calls: {@code open}, {@code read}, {@code write}, {@code close},
 * {@code pipe2}. Failures throw {@link ErrnoException} carrying errno and its
 * {@code strerror} text.
 */
public final class Fd {
    /** {@code O_RDONLY}. */
    public static final int O_RDONLY = 0;
    /** {@code O_WRONLY}. */
    public static final int O_WRONLY = 1;
    /** {@code O_RDWR}. */
    public static final int O_RDWR = 2;
    /** {@code O_CREAT}. */
    public static final int O_CREAT = 0100;
    /** {@code O_EXCL}. */
    public static final int O_EXCL = 0200;
    /** {@code O_TRUNC}. */
    public static final int O_TRUNC = 01000;
    /** {@code O_APPEND}. */
    public static final int O_APPEND = 02000;
    /** {@code O_NONBLOCK}. */
    public static final int O_NONBLOCK = 04000;
    /** {@code O_DIRECTORY}. */
    public static final int O_DIRECTORY = 0200000;
    /** {@code O_CLOEXEC}. */
    public static final int O_CLOEXEC = 02000000;
    /** {@code O_TMPFILE} (includes {@code O_DIRECTORY}). */
    public static final int O_TMPFILE = 020000000 | O_DIRECTORY;

    /** errno {@code EINTR}. */
    public static final int EINTR = 4;
    /** errno {@code EAGAIN} / {@code EWOULDBLOCK}. */
    public static final int EAGAIN = 11;
    /** errno {@code EEXIST}. */
    public static final int EEXIST = 17;
    /** errno {@code ENOENT}. */
    public static final int ENOENT = 2;
    /** errno {@code EOPNOTSUPP}. */
    public static final int EOPNOTSUPP = 95;

    private static final MethodHandle OPEN = Libc.errnoFunction("open", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    /** {@code read(fd, buf, len)} with errno capture; shared with {@link HeapIo}. */
    static final MethodHandle READ = Libc.errnoFunction("read", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    /** {@code write(fd, buf, len)} with errno capture; shared with {@link HeapIo}. */
    static final MethodHandle WRITE = Libc.errnoFunction("write", FunctionDescriptor.of(
            ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_LONG));
    private static final MethodHandle CLOSE = Libc.errnoFunction("close", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle PIPE2 = Libc.errnoFunction("pipe2", FunctionDescriptor.of(
            ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));

    private Fd() {}

    /** {@code open(path, flags, mode)}; returns the descriptor. */
    public static int open(String path, int flags, int mode) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            int fd = (int) OPEN.invokeExact(errno, arena.allocateFrom(path), flags, mode);
            if (fd < 0) {
                throw new ErrnoException("open", Libc.errno(errno));
            }
            return fd;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /**
     * {@code read(fd, buf, len)} into native memory, retrying on EINTR; returns the byte count,
     * 0 at end of file.
     */
    public static long read(int fd, MemorySegment buf, long len) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            while (true) {
                long n = (long) READ.invokeExact(errno, fd, buf, len);
                if (n >= 0) {
                    return n;
                }
                int e = Libc.errno(errno);
                if (e != EINTR) {
                    throw new ErrnoException("read", e);
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Writes all of {@code data} to {@code fd}, retrying on EINTR and short writes. */
    public static void writeFully(int fd, MemorySegment data) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            long off = 0;
            long size = data.byteSize();
            while (off < size) {
                long n = (long) WRITE.invokeExact(errno, fd, data.asSlice(off), size - off);
                if (n < 0) {
                    int e = Libc.errno(errno);
                    if (e == EINTR) {
                        continue;
                    }
                    throw new ErrnoException("write", e);
                }
                if (n == 0) {
                    throw new ErrnoException("write", 28 /* ENOSPC: write made no progress */);
                }
                off += n;
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Writes all of {@code data}; see {@link #writeFully(int, MemorySegment)}. */
    public static void writeFully(int fd, byte[] data) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment buf = arena.allocate(Math.max(1, data.length));
            MemorySegment.copy(data, 0, buf, ValueLayout.JAVA_BYTE, 0, data.length);
            writeFully(fd, buf.asSlice(0, data.length));
        }
    }

    /** {@code close(fd)}. */
    public static void close(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            if ((int) CLOSE.invokeExact(errno, fd) != 0) {
                throw new ErrnoException("close", Libc.errno(errno));
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Closes {@code fd} if it is not negative, ignoring errors (cleanup paths). */
    public static void closeQuietly(int fd) {
        if (fd >= 0) {
            try {
                close(fd);
            } catch (ErrnoException ignored) {
                // cleanup: the descriptor is gone either way
            }
        }
    }

    /** {@code pipe2(flags)}; returns {@code {readEnd, writeEnd}}. */
    public static int[] pipe(int flags) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            MemorySegment fds = arena.allocate(ValueLayout.JAVA_INT, 2);
            if ((int) PIPE2.invokeExact(errno, fds, flags) != 0) {
                throw new ErrnoException("pipe2", Libc.errno(errno));
            }
            return new int[] {fds.getAtIndex(ValueLayout.JAVA_INT, 0), fds.getAtIndex(ValueLayout.JAVA_INT, 1)};
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
