package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.OptionalInt;

/** Whether a descriptor is a terminal, and its width ({@code isatty(3)}, {@code ioctl(TIOCGWINSZ)}). */
public final class Terminal {
    /** {@code TIOCGWINSZ} on Linux. */
    private static final long TIOCGWINSZ = 0x5413;
    /** {@code struct winsize}: rows, columns, x pixels, y pixels, each an unsigned short. */
    private static final long WINSIZE_BYTES = 8;

    private static final MethodHandle ISATTY = Libc.function("isatty",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT));
    private static final MethodHandle IOCTL = Libc.variadicFunction("ioctl",
            FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT, ValueLayout.JAVA_LONG,
                    ValueLayout.ADDRESS), 2);

    private Terminal() {}

    /** Whether {@code fd} refers to a terminal. */
    public static boolean isTerminal(int fd) {
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable t) {
            throw new IllegalStateException("isatty failed", t);
        }
    }

    /** The width in columns of the terminal {@code fd} refers to; empty if it is none or reports 0. */
    public static OptionalInt columns(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment ws = arena.allocate(WINSIZE_BYTES);
            int rc = (int) IOCTL.invokeExact(fd, TIOCGWINSZ, ws);
            int cols = Short.toUnsignedInt(ws.get(ValueLayout.JAVA_SHORT, 2));
            return rc == 0 && cols > 0 ? OptionalInt.of(cols) : OptionalInt.empty();
        } catch (Throwable t) {
            throw new IllegalStateException("ioctl(TIOCGWINSZ) failed", t);
        }
    }
}
