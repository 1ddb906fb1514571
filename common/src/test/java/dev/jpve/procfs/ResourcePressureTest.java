package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ResourcePressureTest {
    @Test
    void readsTheSystemFilesThatExist() {
        ResourcePressure pressure = ResourcePressure.read();

        assertThat(pressure.cpu().isPresent()).isEqualTo(Files.exists(Path.of("/proc/pressure/cpu")));
        pressure.cpu().ifPresent(cpu -> assertThat(cpu.some()).isPresent());
    }

    @Test
    void givesNothingForACgroupThatDoesNotExist() {
        ResourcePressure pressure = ResourcePressure.readCgroup("/no/such/cgroup");

        assertThat(pressure.cpu()).isEmpty();
        assertThat(pressure.memory()).isEmpty();
        assertThat(pressure.io()).isEmpty();
    }
}
