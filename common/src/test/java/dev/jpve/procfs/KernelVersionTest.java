package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class KernelVersionTest {
    /** Spec T10 (upstream procfs_tests.pl). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Linux version 5.3.10-1-pve (build@pve) (gcc version 8.3.0 (Debian 8.3.0-6)) #1 SMP PVE 5.3.10-1 (Thu, 14 Nov 2019 10:43:13 +0100)|5|3|10|1-pve|5.3.10-1-pve",
        "Linux version 5.0.21-5-pve (build@pve) (gcc version 8.3.0 (Debian 8.3.0-6)) #1 SMP PVE 5.0.21-10 (Wed, 13 Nov 2019 08:27:10 +0100)|5|0|21|5-pve|5.0.21-5-pve",
        "Linux version 5.0.21+ (build@pve) (gcc version 8.3.0 (Debian 8.3.0-6)) #27 SMP Tue Nov 12 10:30:36 CET 2019|5|0|21|+|5.0.21+",
        "Linu$ version 2 (build@pve) (gcc version 8.3.0 (Debian 8.3.0-6)) #27 SMP Tue Nov 12 10:30:36 CET 2019|0|0|0|''|''",
    })
    void parsesTheUpstreamVectors(String line, int major, int minor, int patch, String extra, String full) {
        assertThat(KernelVersion.parse(line)).isEqualTo(new KernelVersion(major, minor, patch, extra, full));
    }

    @Test
    void comparesAgainstAMajorAndMinorRelease() {
        KernelVersion version = KernelVersion.parse("Linux version 5.3.10-1-pve (x)");

        assertThat(version.atLeast(5, 3)).isTrue();
        assertThat(version.atLeast(4, 19)).isTrue();
        assertThat(version.atLeast(5, 4)).isFalse();
        assertThat(version.atLeast(6, 0)).isFalse();
    }

    @Test
    void readsTheRunningKernel() {
        KernelVersion running = KernelVersion.read();

        assertThat(running.major()).isPositive();
        assertThat(KernelVersion.checkRelease(running.major(), running.minor())).isTrue();
        assertThat(KernelVersion.checkRelease(running.major() + 1, 0)).isFalse();
    }
}
