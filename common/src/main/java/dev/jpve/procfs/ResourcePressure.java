package dev.jpve.procfs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The pressure of CPU, memory and I/O, system-wide ({@code read_pressure}) or of one control
 * group ({@code read_cgroup_pressure}). A resource is empty when its file does not exist (a
 * kernel without PSI, or a missing cgroup).
 *
 * @param cpu CPU pressure
 * @param memory memory pressure
 * @param io I/O pressure
 */
public record ResourcePressure(Optional<Pressure> cpu, Optional<Pressure> memory,
        Optional<Pressure> io) {

    /** Checks that no component is null. */
    public ResourcePressure {
        Objects.requireNonNull(cpu, "cpu");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(io, "io");
    }

    /** Reads {@code /proc/pressure/{cpu,memory,io}}. */
    public static ResourcePressure read() {
        Path dir = ProcRoot.DEFAULT.resolve("pressure");
        return new ResourcePressure(Pressure.read(dir.resolve("cpu")),
                Pressure.read(dir.resolve("memory")), Pressure.read(dir.resolve("io")));
    }

    /**
     * Reads {@code /sys/fs/cgroup/<cgroup>/{cpu,memory,io}.pressure}.
     *
     * @param cgroup the cgroup path below the unified hierarchy, e.g. {@code lxc/100}
     */
    public static ResourcePressure readCgroup(String cgroup) {
        Objects.requireNonNull(cgroup, "cgroup");
        Path dir = ProcRoot.SYS.resolve("fs/cgroup").resolve(cgroup.replaceFirst("^/+", ""));
        return new ResourcePressure(Pressure.read(dir.resolve("cpu.pressure")),
                Pressure.read(dir.resolve("memory.pressure")), Pressure.read(dir.resolve("io.pressure")));
    }
}
