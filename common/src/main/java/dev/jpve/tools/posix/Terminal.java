package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.io.IOException;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;

/** Whether a descriptor is a terminal, and its width ({@code isatty(3)}, {@code ioctl(TIOCGWINSZ)}). */
public final class Terminal {
    /** {@code TIOCGWINSZ} on Linux. */
    private static final long TIOCGWINSZ = 0x5413;
    /** {@code struct winsize}: rows, columns, x pixels, y pixels, each an unsigned short. */
    private static final long WINSIZE_BYTES = 8;

    private Terminal() {}

    /** The native functions, linked on first use: linking costs a command line tool's start-up dearly. */
    private static final class Native {
        static final MethodHandle ISATTY = Libc.function("isatty",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
        static final MethodHandle IOCTL = Libc.variadicFunction("ioctl",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                        ValueLayout.ADDRESS), 2);
    }

    /** Whether {@code fd} refers to a terminal. */
    public static boolean isTerminal(int fd) {
        if (!mayBeTerminal(fd)) {
            return false;
        }
        try {
            return (int) Native.ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw new IllegalStateException("isatty failed", t);
        }
    }

    /**
     * False when {@code /proc} shows that {@code fd} is no device other than {@code /dev/null}
     * (a pipe, a socket, a file): no terminal, known without linking {@code isatty}.
     */
    static boolean mayBeTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/") && !target.equals("/dev/null");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return true; // no /proc to tell: ask the kernel
        }
    }

    /** The width in columns of the terminal {@code fd} refers to; empty if it is none or reports 0. */
    public static OptionalInt columns(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(WINSIZE_BYTES);
            int rc = (int) Native.IOCTL.invokeExact(fd, TIOCGWINSZ, ws);
            int cols = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2));
            return rc == 0 && cols > 0 ? OptionalInt.of(cols) : OptionalInt.empty();
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl(TIOCGWINSZ) failed", t);
        }
    }
}
