package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CpuInfoTest {
    private static final String TWO_SOCKETS = """
            processor\t: 0
            vendor_id\t: GenuineIntel
            cpu family\t: 6
            model\t\t: 85
            model name\t: Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz \s
            cpu MHz\t\t: 2100.000
            physical id\t: 0
            cpu cores\t: 16
            flags\t\t: fpu vme vmx de pse
            
            processor\t: 1
            vendor_id\t: GenuineIntel
            cpu family\t: 6
            model name\t: Another Name
            cpu MHz\t\t: 1200.500
            physical id\t: 1
            cpu cores\t: 16
            flags\t\t: fpu
            
            processor\t: 2
            physical id\t: 1
            cpu cores\t: 16
            """;

    @Test
    void summarisesEveryFieldFromTheFirstLineThatCarriesIt() {
        CpuInfo info = CpuInfo.parse(TWO_SOCKETS, 100);

        assertThat(info).isEqualTo(new CpuInfo(100, "GenuineIntel", 6,
                "Intel(R) Xeon(R) Gold 6130 CPU @ 2.10GHz  ", "2100.000", "fpu vme vmx de pse", true,
                2, 32, 3));
    }

    @Test
    void missesAVirtualisationFlagThatIsFirstOrLast() {
        assertThat(CpuInfo.parse("flags\t: vmx fpu\n", 100).hvm()).isFalse();
        assertThat(CpuInfo.parse("flags\t: fpu svm\n", 100).hvm()).isFalse();
        assertThat(CpuInfo.parse("flags\t: fpu svm lm\n", 100).hvm()).isTrue();
    }

    @Test
    void usesTheDefaultsForAnEmptyText() {
        assertThat(CpuInfo.parse("", 250)).isEqualTo(
                new CpuInfo(250, "unknown", 0, "unknown", "0", "", false, 1, 1, 0));
    }

    @Test
    void skipsAZeroFamilyAndAMhzWithoutDecimalPoint() {
        CpuInfo info = CpuInfo.parse("cpu family : 0\ncpu MHz : 2100\ncpu family : 25\ncpu MHz : 3.5\n", 100);

        assertThat(info.family()).isEqualTo(25);
        assertThat(info.mhz()).isEqualTo("3.5");
    }

    @Test
    void readsThisMachine() {
        CpuInfo info = CpuInfo.read();

        assertThat(info.cpus()).isPositive();
        assertThat(info.userHz()).isPositive();
        assertThat(CpuInfo.read()).isSameAs(info);
    }
}
