package dev.jpve.procfs;

import java.nio.file.Path;

/** Where the kernel's pseudo file systems are mounted. */
final class ProcRoot {
    /** {@code /proc}. */
    static final Path DEFAULT = Path.of("/proc");
    /** {@code /sys}. */
    static final Path SYS = Path.of("/sys");

    private ProcRoot() {}
}
