package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentagesTest {
    /** Spec T9 and the observed extras. */
    @ParameterizedTest
    @CsvSource({
        "0.412, 41.20%",
        "1, 100.00%",
        "0.00005, 0.01%",
        "0.000049, 0.00%",
        "0, 0.00%",
    })
    void rendersTwoDecimals(double fraction, String expected) {
        assertThat(Percentages.renderFraction(fraction)).isEqualTo(expected);
    }
}
