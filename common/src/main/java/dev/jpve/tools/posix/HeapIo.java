package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Descriptor I/O on Java byte arrays, through one reusable native buffer per thread (so bulk
 * transfers cost one {@code memcpy} per chunk and no allocation of native memory), plus
 * {@code fcntl(F_DUPFD_CLOEXEC)}.
 */
public final class HeapIo {
    /** errno {@code EPIPE}: the reading end of a pipe was closed. */
    public static final int EPIPE = 32;
    /** The size of each thread's native transfer buffer (and so the largest chunk). */
    public static final int CHUNK = 64 * 1024;

    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final int F_DUPFD_CLOEXEC = 1030;
    private static final MethodHandle FCNTL_INT = variadicFcntl();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private record Scratch(MemorySegment buffer, MemorySegment errno) {
        Scratch() {
            this(Arena.ofAuto().allocate(CHUNK, 64), Libc.newErrnoState(Arena.ofAuto()));
        }
    }

    private HeapIo() {}

    private static MethodHandle variadicFcntl() {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find("fcntl").orElseThrow(),
                FunctionDescriptor.of(INT, INT, INT, INT),
                Linker.Option.firstVariadicArg(2), Linker.Option.captureCallState("errno"));
    }

    /**
     * Reads at most {@link #CHUNK} bytes from {@code fd}, retrying on EINTR.
     *
     * @return the bytes read, an empty array at end of file
     */
    public static byte[] readChunk(int fd) throws ErrnoException {
        Scratch s = SCRATCH.get();
        long n = readIntoScratch(s, fd);
        return s.buffer().asSlice(0, n).toArray(ValueLayout.JAVA_BYTE);
    }

    /**
     * Reads at most {@link #CHUNK} bytes from {@code fd} and drops them, retrying on EINTR.
     *
     * @return the number of bytes read, 0 at end of file
     */
    public static long skipChunk(int fd) throws ErrnoException {
        return readIntoScratch(SCRATCH.get(), fd);
    }

    private static long readIntoScratch(Scratch s, int fd) throws ErrnoException {
        try {
            while (true) {
                long n = (long) Fd.READ.invokeExact(s.errno(), fd, s.buffer(), (long) CHUNK);
                if (n >= 0) {
                    return n;
                }
                if (Libc.errno(s.errno()) != Fd.EINTR) {
                    throw new ErrnoException("read", Libc.errno(s.errno()));
                }
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Writes all of {@code data} to {@code fd} in chunks, retrying on EINTR and short writes. */
    public static void writeFully(int fd, byte[] data) throws ErrnoException {
        Scratch s = SCRATCH.get();
        int off = 0;
        while (off < data.length) {
            int len = Math.min(CHUNK, data.length - off);
            MemorySegment.copy(data, off, s.buffer(), ValueLayout.JAVA_BYTE, 0, len);
            writeSegment(s, fd, len);
            off += len;
        }
    }

    private static void writeSegment(Scratch s, int fd, int len) throws ErrnoException {
        try {
            long done = 0;
            while (done < len) {
                long n = (long) Fd.WRITE.invokeExact(s.errno(), fd, s.buffer().asSlice(done), len - done);
                if (n < 0 && Libc.errno(s.errno()) != Fd.EINTR) {
                    throw new ErrnoException("write", Libc.errno(s.errno()));
                }
                done += Math.max(0, n);
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** A close-on-exec duplicate of {@code fd} numbered 3 or higher ({@code F_DUPFD_CLOEXEC}). */
    public static int dupCloexec(int fd) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            int copy = (int) FCNTL_INT.invokeExact(errno, fd, F_DUPFD_CLOEXEC, 3);
            if (copy < 0) {
                throw new ErrnoException("fcntl", Libc.errno(errno));
            }
            return copy;
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
