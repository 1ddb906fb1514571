package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemoryUsageTest {
    @Test
    void multipliesTheFirstThreePageCountsByFourKiB() {
        assertThat(MemoryUsage.parse("1000 200 30 4 0 5 0"))
                .isEqualTo(new MemoryUsage(4096000, 819200, 122880));
    }

    @Test
    void givesZerosForAnUnparseableLine() {
        assertThat(MemoryUsage.parse("1000 200")).isEqualTo(new MemoryUsage(0, 0, 0));
    }

    @Test
    void readsTheCurrentProcess() {
        MemoryUsage usage = MemoryUsage.read();

        assertThat(usage.size()).isPositive();
        assertThat(usage.resident()).isPositive().isLessThanOrEqualTo(usage.size());
    }
}
