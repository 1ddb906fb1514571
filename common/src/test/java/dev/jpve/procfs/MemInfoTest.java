package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MemInfoTest {
    private static final String MEMINFO = """
            MemTotal:       16000000 kB
            MemFree:         2000000 kB
            MemAvailable:    9000000 kB
            Buffers:          100000 kB
            SwapTotal:       1000000 kB
            SwapFree:         250000 kB
            HugePages_Total:       0
            """;
    private static final String ARCSTATS = """
            13 1 0x01 123 33456 123456789 987654321
            name                            type data
            hits                            4    123
            size                            4    1073741824
            c_min                           4    33554432
            c_max                           4    8589934592
            """;

    @Test
    void convertsKibibytesToBytesAndDerivesTheUsedFigures() {
        MemInfo info = MemInfo.parse(MEMINFO, "25\n", "");

        assertThat(info).isEqualTo(new MemInfo(16000000L * 1024, 2000000L * 1024, 9000000L * 1024,
                7000000L * 1024, 1000000L * 1024, 250000L * 1024, 750000L * 1024, 25 * 4096, 0, 0, 0));
    }

    @Test
    void takesTheArcFiguresFromZfsArcstats() {
        MemInfo info = MemInfo.parse(MEMINFO, "", ARCSTATS);

        assertThat(info.arcsize()).isEqualTo(1073741824L);
        assertThat(info.arcmin()).isEqualTo(33554432L);
        assertThat(info.arcmax()).isEqualTo(8589934592L);
        assertThat(info.memshared()).isZero();
    }

    @Test
    void readsThisMachine() {
        MemInfo info = MemInfo.read();

        assertThat(info.memtotal()).isPositive();
        assertThat(info.memused()).isEqualTo(info.memtotal() - info.memavailable());
    }
}
