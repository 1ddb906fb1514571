package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuStatTest {
    @Test
    void subtractsGuestTimeFromUserAndNiceTime() {
        String text = "cpu  1000 200 300 4000 50 6 7 8 90 10\ncpu0 500 100 150 2000 25 3 3 4 45 5\nintr 1\n";

        CpuStat stat = CpuStat.parse(text).orElseThrow();

        assertThat(stat).isEqualTo(new CpuStat(910, 190, 300, 4000, 50, 6, 7, 8, 90, 10,
                1000 + 200 + 300 + 6 + 7 + 8, 910 + 190 + 300 + 4000 + 50 + 6 + 7 + 8 + 90 + 10));
    }

    @Test
    void treatsMissingTrailingFieldsOfOldKernelsAsZero() {
        CpuStat stat = CpuStat.parse("cpu  1 2 3 4 5 6 7\n").orElseThrow();

        assertThat(stat.steal()).isZero();
        assertThat(stat.guest()).isZero();
        assertThat(stat.total()).isEqualTo(28);
    }

    @Test
    void givesEmptyWithoutAnAggregateLine() {
        assertThat(CpuStat.parse("cpu0 1 2 3 4 5 6 7\n")).isEmpty();
    }

    @Test
    void readsThisMachine() {
        assertThat(CpuStat.read()).hasValueSatisfying(stat -> assertThat(stat.total()).isPositive());
    }
}
