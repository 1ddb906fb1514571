package dev.jpve.procfs;

import dev.jpve.tools.posix.Sysconf;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * Turns successive {@code /proc/stat} samples into CPU and I/O-wait fractions, the stateful part
 * of upstream's {@code read_proc_stat} made an explicit object (upstream keeps the previous
 * sample in a module variable).
 *
 * <p>The first sample gives 0 for both fractions. A later sample computes new fractions only when
 * enough time has passed (elapsed seconds x clock ticks x CPUs &gt; 1000) and then becomes the new
 * reference; otherwise it repeats the previous fractions. Fractions are capped at 1.
 *
 * {@snippet :
 * var sampler = CpuUsageSampler.system();
 * CpuUsageSampler.Sample now = sampler.sample().orElseThrow();
 * double busy = now.cpu();
 * }
 *
 * <p>Not thread-safe: use one sampler per polling loop.
 */
public final class CpuUsageSampler {
    /**
     * One sample: the adjusted counters, when they were taken, and the fractions.
     *
     * @param stat the counters
     * @param ctime epoch seconds (with fraction) of the reading
     * @param cpu busy fraction 0..1 since the reference sample
     * @param iowait I/O-wait fraction 0..1 since the reference sample
     */
    public record Sample(CpuStat stat, double ctime, double cpu, double iowait) {}

    private final Supplier<Optional<CpuStat>> source;
    private final DoubleSupplier clock;
    private final double ticksPerSecondAllCpus;
    private Sample reference;

    /**
     * A sampler over any source of counters.
     *
     * @param source reads the counters (empty when unavailable)
     * @param clock epoch seconds with fraction
     * @param clockTicks clock ticks per second
     * @param cpus the number of CPUs
     */
    public CpuUsageSampler(Supplier<Optional<CpuStat>> source, DoubleSupplier clock,
            long clockTicks, int cpus) {
        this.source = Objects.requireNonNull(source, "source");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (clockTicks <= 0) {
            throw new IllegalArgumentException("clockTicks must be positive, got " + clockTicks);
        }
        if (cpus <= 0) {
            throw new IllegalArgumentException("cpus must be positive, got " + cpus);
        }
        this.ticksPerSecondAllCpus = (double) clockTicks * cpus;
    }

    /** A sampler over this machine's {@code /proc/stat}. */
    public static CpuUsageSampler system() {
        return new CpuUsageSampler(CpuStat::read, () -> System.currentTimeMillis() / 1000.0,
                Sysconf.clockTicks(), Math.max(1, CpuInfo.read().cpus()));
    }

    /** Takes one sample; empty when the counters cannot be read. */
    public Optional<Sample> sample() {
        return source.get().map(stat -> next(stat, clock.getAsDouble()));
    }

    private Sample next(CpuStat stat, double ctime) {
        if (reference == null) {
            reference = new Sample(stat, ctime, 0, 0);
            return reference;
        }
        double window = (ctime - reference.ctime()) * ticksPerSecondAllCpus;
        if (window <= 1000) {
            return new Sample(stat, ctime, reference.cpu(), reference.iowait());
        }
        double cpu = Math.min(stat.used() - reference.stat().used(), window) / window;
        double wait = Math.min(stat.iowait() - reference.stat().iowait(), window) / window;
        reference = new Sample(stat, ctime, cpu, wait);
        return reference;
    }
}
