package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.tools.posix.Sysconf;
import org.junit.jupiter.api.Test;

class UptimeTest {
    @Test
    void truncatesToWholeSecondsOrClockTicks() {
        Uptime uptime = Uptime.parse("350735.47 234388.90");

        assertThat(uptime.uptimeSeconds()).isEqualTo(350735);
        assertThat(uptime.idleSeconds()).isEqualTo(234388);
        assertThat(uptime.uptimeTicks()).isEqualTo((long) (350735.47 * Sysconf.clockTicks()));
    }

    @Test
    void givesZerosForAnUnparseableLine() {
        assertThat(Uptime.parse("up a while")).isEqualTo(new Uptime(0, 0));
    }

    @Test
    void readsThisMachine() {
        assertThat(Uptime.read().uptime()).isPositive();
    }
}
