package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TimestampsTest {
    /** Spec T9 / 6.11: upstream runs with TZ=UTC-1, which POSIX reads as one hour east of UTC. */
    private static final ZoneId UTC_PLUS_ONE = ZoneOffset.ofHours(1);

    @ParameterizedTest
    @CsvSource({
        "0, 1970-01-01 01:00:00, 1970-01-01 00:00:00",
        "1612776831, 2021-02-08 10:33:51, 2021-02-08 09:33:51",
    })
    void rendersTheUpstreamVectors(long epoch, String local, String gmt) {
        assertThat(Timestamps.render(epoch, UTC_PLUS_ONE)).isEqualTo(local);
        assertThat(Timestamps.renderGmt(epoch)).isEqualTo(gmt);
    }

    @Test
    void followsDaylightSavingTimeOfARegionZone() {
        ZoneId vienna = ZoneId.of("Europe/Vienna");

        assertThat(Timestamps.render(1625140800, vienna)).isEqualTo("2021-07-01 14:00:00");
        assertThat(Timestamps.render(1612180800, vienna)).isEqualTo("2021-02-01 13:00:00");
    }
}
