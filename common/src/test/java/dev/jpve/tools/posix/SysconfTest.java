package dev.jpve.tools.posix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SysconfTest {
    @Test
    void reportsTheSameClockTicksAsGetconf() throws IOException, InterruptedException {
        Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
        String output = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        assertThat(getconf.waitFor()).isZero();

        assertThat(Sysconf.clockTicks()).isEqualTo(Long.parseLong(output));
    }
}
