package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {
    /** Spec T9 / 6.11 and the observed extras. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0.3|0s",
        "0|0s",
        "40|40s",
        "59.64432|1m",
        "110|1m 50s",
        "1286544|2w 21h 22m 24s",
        "0.5|1s",
        "2.5|3s",
        "59.5|1m",
        "3661|1h 1m 1s",
        "90061|1d 1h 1m 1s",
        "694861|1w 1d 1h 1m 1s",
        "-5|''",
        "-0.3|0s",
    })
    void rendersAtFullAccuracy(double seconds, String expected) {
        assertThat(Durations.render(seconds)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "90061|1d 1h 1m",
        "694861|1w 1d 1h",
        "1286544|2w 21h",
        "3661|1h 1m 1s",
        "604860|1w",
    })
    void leavesOutMinutesAndSecondsWhenAccuracyIsLimited(double seconds, String expected) {
        assertThat(Durations.render(seconds, true)).isEqualTo(expected);
    }
}
