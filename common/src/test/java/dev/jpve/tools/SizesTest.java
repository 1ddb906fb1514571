package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizesTest {
    /** Spec T8 (upstream convert_size_test.pl) and the observed extras. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|gb|kb|false|1048576",
        "1.5|gb|kb|false|1572864",
        "0.0005|gb|mb|false|1",
        "0.0005|gb|mb|true|0",
        ".5|gb|kb|false|524288",
        "1.|gb|kb|false|1048576",
        "0.5|mb|gb|false|1",
        "0.5|mb|gb|true|0",
        "500|kb|kb|false|500",
        "500000|b|kb|false|489",
        "500000|b|kb|true|488",
        "131071|b|kb|false|128",
        "131071|b|kb|true|127",
        "0|b|pb|false|0",
        "0.1|gb|mb|false|103",
        "1|KB|B|false|1024",
        "1|pb|b|false|1125899906842624",
        "007|b|b|false|7",
        "1.0000001|b|b|false|2",
        "1023|b|kb|true|0",
    })
    void convertsBetweenUnits(String value, String from, String to, boolean noRoundUp, long expected) {
        assertThat(Sizes.convert(value, from, to, noRoundUp)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "-1|gb|kb|value '-1' is not a valid, positive number",
        ".|gb|kb|value '.' is not a valid, positive number",
        "''|gb|kb|no value given",
        "1.1.|gb|kb|value '1.1.' is not a valid, positive number",
        "abcdef|b|kb|value 'abcdef' is not a valid, positive number",
        "1e-05|gb|kb|value '1e-05' is not a valid, positive number",
        "0|b|yb|unknown 'from' and/or 'to' units (b => yb)",
        "0|b|''|unknown 'from' and/or 'to' units (b => )",
        "0|KB|YB|unknown 'from' and/or 'to' units (kb => yb)",
    })
    void failsWithUpstreamsTexts(String value, String from, String to, String message) {
        assertThatThrownBy(() -> Sizes.convert(value, from, to, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }
}
