package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * A listening TCP socket as a raw descriptor, so that an accepted connection can become a
 * child's standard input and output (the JDK's sockets never expose their descriptor).
 */
public final class Sockets {
    private static final int AF_INET = 2;
    private static final int AF_INET6 = 10;
    private static final int SOCK_STREAM = 1;
    private static final int SOCK_CLOEXEC = 02000000;
    private static final int SOL_SOCKET = 1;
    private static final int SO_REUSEADDR = 2;
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;

    private static final MethodHandle SOCKET = Libc.errnoFunction("socket",
            FunctionDescriptor.of(INT, INT, INT, INT));
    private static final MethodHandle SETSOCKOPT = Libc.errnoFunction("setsockopt",
            FunctionDescriptor.of(INT, INT, INT, INT, ValueLayout.ADDRESS, INT));
    private static final MethodHandle BIND = Libc.errnoFunction("bind",
            FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS, INT));
    private static final MethodHandle LISTEN = Libc.errnoFunction("listen",
            FunctionDescriptor.of(INT, INT, INT));
    private static final MethodHandle ACCEPT4 = Libc.errnoFunction("accept4",
            FunctionDescriptor.of(INT, INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, INT));

    private Sockets() {}

    /**
     * A close-on-exec TCP socket with {@code SO_REUSEADDR}, bound to {@code address:port} and
     * listening with {@code backlog}.
     *
     * @throws ErrnoException from {@code socket}, {@code bind} or {@code listen}
     */
    public static int listen(InetAddress address, int port, int backlog) throws ErrnoException {
        boolean v6 = address instanceof Inet6Address;
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            int fd = check("socket", errno, (int) SOCKET.invokeExact(errno, v6 ? AF_INET6 : AF_INET,
                    SOCK_STREAM | SOCK_CLOEXEC, 0));
            try {
                MemorySegment one = arena.allocateFrom(INT, 1);
                check("setsockopt", errno, (int) SETSOCKOPT.invokeExact(errno, fd, SOL_SOCKET, SO_REUSEADDR, one, 4));
                MemorySegment addr = sockaddr(arena, address, port);
                check("bind", errno, (int) BIND.invokeExact(errno, fd, addr, (int) addr.byteSize()));
                check("listen", errno, (int) LISTEN.invokeExact(errno, fd, backlog));
                return fd;
            } catch (ErrnoException e) {
                Fd.closeQuietly(fd);
                throw e;
            }
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** Accepts one connection on {@code listener}; the new descriptor is close-on-exec. */
    public static int accept(int listener) throws ErrnoException {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment errno = Libc.newErrnoState(arena);
            return check("accept", errno, (int) ACCEPT4.invokeExact(errno, listener, MemorySegment.NULL,
                    MemorySegment.NULL, SOCK_CLOEXEC));
        } catch (ErrnoException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    /** {@code struct sockaddr_in} or {@code sockaddr_in6} for the address and port. */
    private static MemorySegment sockaddr(Arena arena, InetAddress address, int port) {
        byte[] ip = address.getAddress();
        boolean v6 = ip.length == 16;
        MemorySegment addr = arena.allocate(v6 ? 28 : 16, 4);
        addr.set(ValueLayout.JAVA_SHORT, 0, (short) (v6 ? AF_INET6 : AF_INET));
        addr.set(ValueLayout.JAVA_BYTE, 2, (byte) (port >> 8));
        addr.set(ValueLayout.JAVA_BYTE, 3, (byte) port);
        MemorySegment.copy(ip, 0, addr, ValueLayout.JAVA_BYTE, v6 ? 8 : 4, ip.length);
        if (address instanceof Inet6Address a6) {
            addr.set(INT, 24, a6.getScopeId());
        }
        return addr;
    }

    private static int check(String call, MemorySegment errno, int result) throws ErrnoException {
        if (result < 0) {
            throw new ErrnoException(call, Libc.errno(errno));
        }
        return result;
    }
}
