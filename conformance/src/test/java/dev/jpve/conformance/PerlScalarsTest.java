package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PerlScalarsTest {
    /** What {@code perl -e 'print $x'} prints for these literals (checked with perl 5.36). */
    @ParameterizedTest
    @CsvSource({
        "1e-05, 1e-05",
        "0.0001, 0.0001",
        "0.1, 0.1",
        "1.5, 1.5",
        "1.0, 1",
        "1e15, 1e+15",
        "123456789012345.0, 123456789012345",
        "0.30000000000000004, 0.3",
        "-2.5e-7, -2.5e-07",
        "1.23456789e100, 1.23456789e+100",
    })
    void printsFloatsAsPerlDoes(double value, String expected) {
        assertThat(PerlScalars.number(value)).isEqualTo(expected);
    }

    /** perl -MJSON::PP: integers up to 2^64-1 stay integers, larger ones become floats. */
    @Test
    void readsHugeIntegersAsPerlDoes() {
        var json = Main.JSON.readTree("[18446744073709551615, 18446744073709551616, -9223372036854775809]");

        assertThat(PerlScalars.text(json.get(0))).contains("18446744073709551615");
        assertThat(PerlScalars.text(json.get(1))).contains("1.84467440737096e+19");
        assertThat(PerlScalars.text(json.get(2))).contains("-9.22337203685478e+18");
    }

    @Test
    void readsJsonScalarsAsPerlStrings() {
        var json = Main.JSON.readTree("[\"5\", 5, 1.5, null, true, false]");

        assertThat(PerlScalars.text(json.get(0))).contains("5");
        assertThat(PerlScalars.text(json.get(1))).contains("5");
        assertThat(PerlScalars.text(json.get(2))).contains("1.5");
        assertThat(PerlScalars.text(json.get(3))).isEmpty();
        assertThat(PerlScalars.truthy(json.get(4))).isTrue();
        assertThat(PerlScalars.truthy(json.get(5))).isFalse();
    }
}
