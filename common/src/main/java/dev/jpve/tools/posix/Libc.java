package dev.jpve.tools.posix;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The one place that binds libc functions through the Foreign Function &amp; Memory API.
 *
 * <p>Every binding made with {@link #errnoFunction} captures {@code errno} right after the call,
 * so callers can report the exact {@code strerror} text upstream shows. Call sites allocate a
 * capture segment with {@link #newErrnoState(Arena)} and read it with {@link #errno(MemorySegment)}.
 */
public final class Libc {
    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final StructLayout CAPTURE_LAYOUT = Linker.Option.captureStateLayout();
    private static final VarHandle ERRNO = CAPTURE_LAYOUT.varHandle(
            MemoryLayout.PathElement.groupElement("errno"));
    private static final Linker.Option CAPTURE_ERRNO = Linker.Option.captureCallState("errno");

    private static final MethodHandle STRERROR = function("strerror",
            FunctionDescriptor.of(ValueLayout.ADDRESS.withTargetLayout(
                    MemoryLayout.sequenceLayout(Long.MAX_VALUE, ValueLayout.JAVA_BYTE)),
                    ValueLayout.JAVA_INT));

    private Libc() {}

    /** Binds a libc function that does not report through errno. */
    public static MethodHandle function(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor);
    }

    /** Binds a variadic libc function; {@code fixedArgs} is the number of arguments before the {@code ...}. */
    public static MethodHandle variadicFunction(String name, FunctionDescriptor descriptor, int fixedArgs) {
        return LINKER.downcallHandle(symbol(name), descriptor, Linker.Option.firstVariadicArg(fixedArgs));
    }

    /**
     * Binds a libc function whose failures are reported through errno; the returned handle takes
     * an errno capture segment (see {@link #newErrnoState}) as its first argument.
     */
    public static MethodHandle errnoFunction(String name, FunctionDescriptor descriptor) {
        return LINKER.downcallHandle(symbol(name), descriptor, CAPTURE_ERRNO);
    }

    /** A segment that receives errno from an {@link #errnoFunction} call. */
    public static MemorySegment newErrnoState(Arena arena) {
        return arena.allocate(CAPTURE_LAYOUT);
    }

    /** The errno captured by the last call that used {@code state}. */
    public static int errno(MemorySegment state) {
        return (int) ERRNO.get(state, 0L);
    }

    /** The C library's text for an errno value, as Perl's {@code $!} renders it. */
    public static String strerror(int errno) {
        try {
            MemorySegment text = (MemorySegment) STRERROR.invokeExact(errno);
            return text.getString(0);
        } catch (Throwable t) {
            throw new IllegalStateException("strerror failed", t);
        }
    }

    private static MemorySegment symbol(String name) {
        return LOOKUP.find(name).orElseThrow(
                () -> new UnsatisfiedLinkError("libc has no symbol " + name));
    }
}
