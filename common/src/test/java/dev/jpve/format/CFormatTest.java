package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CFormatTest {
    /** What glibc's printf("%.<n>f") prints (checked with printf(1)). */
    @ParameterizedTest
    @CsvSource({
        "0.125, 2, 0.12",
        "0.375, 2, 0.38",
        "1.005, 2, 1.00",
        "2.5, 0, 2",
        "-0.001, 2, -0.00",
        "123.456, 1, 123.5",
    })
    void roundsTheExactBinaryValueHalfToEven(double value, int decimals, String expected) {
        assertThat(CFormat.fixed(value, decimals)).isEqualTo(expected);
    }
}
