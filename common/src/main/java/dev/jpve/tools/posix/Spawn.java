package dev.jpve.tools.posix;

import java.lang.foreign.AddressLayout;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Starts a program with {@code posix_spawnp(3)}: no {@code fork} of the JVM, exec failures
 * reported synchronously (glibc), the child placed in a process group of its own.
 *
 * <p>The child gets exactly the descriptors named by {@link Dup} actions (applied in order) and
 * nothing else: every descriptor from 3 up is closed before exec. Its signal mask is emptied and
 * every signal disposition reset to the default, so nothing the JVM set up leaks into it.
 */
public final class Spawn {
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final AddressLayout ADDR = ValueLayout.ADDRESS;
    // Generous upper bounds of glibc's opaque structs (x86_64: 80, 336 and 128 bytes).
    private static final long FILE_ACTIONS_SIZE = 512;
    private static final long ATTR_SIZE = 1024;
    private static final long SIGSET_SIZE = 256;
    private static final short SETPGROUP = 0x02;
    private static final short SETSIGDEF = 0x04;
    private static final short SETSIGMASK = 0x08;

    private static final MethodHandle SPAWNP = Libc.function("posix_spawnp", FunctionDescriptor.of(
            INT, ADDR, ADDR, ADDR, ADDR, ADDR, ADDR));
    private static final MethodHandle FA_INIT = fn("posix_spawn_file_actions_init", ADDR);
    private static final MethodHandle FA_DESTROY = fn("posix_spawn_file_actions_destroy", ADDR);
    private static final MethodHandle FA_DUP2 = fn("posix_spawn_file_actions_adddup2", ADDR, INT, INT);
    private static final MethodHandle FA_CLOSEFROM = fn("posix_spawn_file_actions_addclosefrom_np", ADDR, INT);
    private static final MethodHandle ATTR_INIT = fn("posix_spawnattr_init", ADDR);
    private static final MethodHandle ATTR_DESTROY = fn("posix_spawnattr_destroy", ADDR);
    private static final MethodHandle ATTR_FLAGS = fn("posix_spawnattr_setflags", ADDR, ValueLayout.JAVA_SHORT);
    private static final MethodHandle ATTR_PGROUP = fn("posix_spawnattr_setpgroup", ADDR, INT);
    private static final MethodHandle ATTR_SIGMASK = fn("posix_spawnattr_setsigmask", ADDR, ADDR);
    private static final MethodHandle ATTR_SIGDEF = fn("posix_spawnattr_setsigdefault", ADDR, ADDR);
    private static final MethodHandle SIGEMPTYSET = fn("sigemptyset", ADDR);
    private static final MethodHandle SIGFILLSET = fn("sigfillset", ADDR);

    /** errno {@code ENOEXEC}: the file is not in an executable format. */
    public static final int ENOEXEC = 8;

    /**
     * One descriptor for the child: {@code dup2(from, to)} before exec.
     *
     * @param from a descriptor of this process
     * @param to the descriptor number the child sees
     */
    public record Dup(int from, int to) {}

    private Spawn() {}

    /**
     * Spawns {@code file} (PATH lookup unless it contains a slash) with arguments {@code argv}
     * (including {@code argv[0]}) and exactly {@code env} as its environment, in a new process
     * group whose id is the child's pid.
     *
     * @return the child's pid
     * @throws ErrnoException if the program cannot be executed (e.g. ENOENT, EACCES, ENOEXEC)
     */
    public static int spawnInNewGroup(String file, List<String> argv, List<String> env, List<Dup> dups)
            throws ErrnoException {
        if (argv.isEmpty()) {
            throw new IllegalArgumentException("argv must not be empty");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment actions = arena.allocate(FILE_ACTIONS_SIZE, 16);
            MemorySegment attr = arena.allocate(ATTR_SIZE, 16);
            check("posix_spawn_file_actions_init", (int) FA_INIT.invokeExact(actions));
            try {
                check("posix_spawnattr_init", (int) ATTR_INIT.invokeExact(attr));
                try {
                    prepare(arena, actions, attr, dups);
                    return spawn(arena, actions, attr, file, argv, env);
                } finally {
                    int ignored = (int) ATTR_DESTROY.invokeExact(attr);
                }
            } finally {
                int ignored = (int) FA_DESTROY.invokeExact(actions);
            }
        } catch (ErrnoException | RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    private static void prepare(Arena arena, MemorySegment actions, MemorySegment attr, List<Dup> dups)
            throws Throwable {
        for (Dup dup : dups) {
            check("posix_spawn_file_actions_adddup2", (int) FA_DUP2.invokeExact(actions, dup.from(), dup.to()));
        }
        check("posix_spawn_file_actions_addclosefrom_np", (int) FA_CLOSEFROM.invokeExact(actions, 3));
        MemorySegment empty = arena.allocate(SIGSET_SIZE, 16);
        MemorySegment all = arena.allocate(SIGSET_SIZE, 16);
        int ignored = (int) SIGEMPTYSET.invokeExact(empty);
        ignored = (int) SIGFILLSET.invokeExact(all);
        check("posix_spawnattr_setsigmask", (int) ATTR_SIGMASK.invokeExact(attr, empty));
        check("posix_spawnattr_setsigdefault", (int) ATTR_SIGDEF.invokeExact(attr, all));
        check("posix_spawnattr_setpgroup", (int) ATTR_PGROUP.invokeExact(attr, 0));
        short flags = SETPGROUP | SETSIGDEF | SETSIGMASK;
        check("posix_spawnattr_setflags", (int) ATTR_FLAGS.invokeExact(attr, flags));
    }

    private static int spawn(Arena arena, MemorySegment actions, MemorySegment attr, String file,
            List<String> argv, List<String> env) throws Throwable {
        MemorySegment pid = arena.allocate(INT);
        MemorySegment path = arena.allocateFrom(file);
        int rc = (int) SPAWNP.invokeExact(pid, path, actions, attr, strings(arena, argv), strings(arena, env));
        check("posix_spawnp", rc);
        return pid.get(INT, 0);
    }

    private static MemorySegment strings(Arena arena, List<String> values) {
        MemorySegment array = arena.allocate(ADDR, values.size() + 1L);
        for (int i = 0; i < values.size(); i++) {
            array.setAtIndex(ADDR, i, arena.allocateFrom(values.get(i)));
        }
        array.setAtIndex(ADDR, values.size(), MemorySegment.NULL);
        return array;
    }

    private static void check(String call, int rc) throws ErrnoException {
        if (rc != 0) {
            throw new ErrnoException(call, rc);
        }
    }

    private static MethodHandle fn(String name, java.lang.foreign.MemoryLayout... args) {
        return Libc.function(name, FunctionDescriptor.of(INT, args));
    }
}
