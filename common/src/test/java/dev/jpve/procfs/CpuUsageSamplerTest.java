package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CpuUsageSamplerTest {
    private final Deque<CpuStat> stats = new ArrayDeque<>();
    private double now = 1000;
    /** 100 ticks/s and 2 CPUs: a window counts when more than 5 seconds have passed. */
    private final CpuUsageSampler sampler = new CpuUsageSampler(
            () -> Optional.ofNullable(stats.poll()), () -> now, 100, 2);

    private static CpuStat stat(long used, long iowait) {
        return new CpuStat(used, 0, 0, 0, iowait, 0, 0, 0, 0, 0, used, used + iowait);
    }

    @Test
    void givesZeroFractionsForTheFirstSample() {
        stats.add(stat(5000, 100));

        CpuUsageSampler.Sample first = sampler.sample().orElseThrow();

        assertThat(first.cpu()).isZero();
        assertThat(first.iowait()).isZero();
        assertThat(first.ctime()).isEqualTo(1000);
    }

    @Test
    void computesFractionsOverTheElapsedTicksOfAllCpus() {
        stats.add(stat(5000, 100));
        stats.add(stat(5500, 200));
        sampler.sample();
        now += 10; // 10 s x 100 ticks x 2 CPUs = 2000 ticks

        CpuUsageSampler.Sample second = sampler.sample().orElseThrow();

        assertThat(second.cpu()).isEqualTo(0.25);
        assertThat(second.iowait()).isEqualTo(0.05);
    }

    @Test
    void repeatsThePreviousFractionsWhenTooLittleTimeHasPassed() {
        stats.add(stat(5000, 100));
        stats.add(stat(5500, 200));
        stats.add(stat(9000, 900));
        stats.add(stat(6500, 400));
        sampler.sample();
        now += 10;
        sampler.sample();
        now += 5; // 1000 ticks: not more than 1000

        CpuUsageSampler.Sample early = sampler.sample().orElseThrow();
        now += 5; // 2000 ticks since the reference (the second sample)
        CpuUsageSampler.Sample later = sampler.sample().orElseThrow();

        assertThat(early.cpu()).isEqualTo(0.25);
        assertThat(early.iowait()).isEqualTo(0.05);
        assertThat(later.cpu()).isEqualTo(0.5);
        assertThat(later.iowait()).isEqualTo(0.1);
    }

    @Test
    void capsAFractionAtOne() {
        stats.add(stat(0, 0));
        stats.add(stat(100000, 0));
        sampler.sample();
        now += 10;

        assertThat(sampler.sample().orElseThrow().cpu()).isEqualTo(1.0);
    }

    @Test
    void givesEmptyWhenTheCountersCannotBeRead() {
        assertThat(sampler.sample()).isEmpty();
    }

    @Test
    void rejectsANonPositiveCpuCount() {
        assertThatThrownBy(() -> new CpuUsageSampler(Optional::empty, () -> 0, 100, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("cpus must be positive, got 0");
    }

    @Test
    void samplesThisMachine() {
        CpuUsageSampler system = CpuUsageSampler.system();

        assertThat(system.sample()).hasValueSatisfying(s -> assertThat(s.cpu()).isZero());
    }
}
