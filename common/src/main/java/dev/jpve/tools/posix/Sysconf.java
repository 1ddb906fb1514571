package dev.jpve.tools.posix;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/** System configuration values from {@code sysconf(3)}. */
public final class Sysconf {
    /** {@code _SC_CLK_TCK} on Linux. */
    private static final int SC_CLK_TCK = 2;

    private static final MethodHandle SYSCONF = Libc.function("sysconf",
            FunctionDescriptor.of(ValueLayout.JAVA_LONG, ValueLayout.JAVA_INT));

    private static final long CLOCK_TICKS = query(SC_CLK_TCK);

    private Sysconf() {}

    /**
     * The number of clock ticks per second ({@code sysconf(_SC_CLK_TCK)}, normally 100), read
     * once; the unit of the CPU times and start times in {@code /proc/<pid>/stat}.
     */
    public static long clockTicks() {
        return CLOCK_TICKS;
    }

    private static long query(int name) {
        try {
            long value = (long) SYSCONF.invokeExact(name);
            if (value <= 0) {
                throw new IllegalStateException("sysconf(" + name + ") returned " + value);
            }
            return value;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }
}
