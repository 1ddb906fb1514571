package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PressureTest {
    @Test
    void parsesSomeAndFullLines() {
        Pressure pressure = Pressure.parse("""
                some avg10=1.50 avg60=0.25 avg300=0.00 total=123456
                full avg10=0.00 avg60=0.00 avg300=0.00 total=7
                """);

        assertThat(pressure.some()).contains(new Pressure.Stall(1.5, 0.25, 0, 123456));
        assertThat(pressure.full()).contains(new Pressure.Stall(0, 0, 0, 7));
    }

    @Test
    void leavesOutALineTheFileDoesNotHave() {
        Pressure cpu = Pressure.parse("some avg10=0.00 avg60=0.00 avg300=0.00 total=0\n");

        assertThat(cpu.full()).isEmpty();
    }

    @Test
    void givesEmptyForAMissingFile() {
        assertThat(Pressure.read(Path.of("/proc/no-such-pressure"))).isEqualTo(Optional.empty());
    }
}
