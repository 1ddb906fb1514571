package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizesTest {
    /** Spec T9 / 6.11 and the observed extras; precision 0 means the default. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0|0|0.00 B",
        "1023|4|1023.0000 B",
        "1024|0|1.00 KiB",
        "129282048|1|123.3 MiB",
        "4415226380288|0|4.02 TiB",
        "1048575|0|1024.00 KiB",
        "1073741823|0|1024.00 MiB",
        "1025|0|1.00 KiB",
        "1536|0|1.50 KiB",
        "123456789|3|117.738 MiB",
        "1152921504606846976|0|'1.00 '",
        "-5|0|-5.00 B",
    })
    void rendersInBinaryUnits(double bytes, int precision, String expected) {
        assertThat(ByteSizes.render(bytes, precision)).isEqualTo(expected);
    }

    @Test
    void usesTwoDecimalsByDefault() {
        assertThat(ByteSizes.render(1536)).isEqualTo("1.50 KiB");
    }

    @Test
    void rejectsANegativePrecision() {
        assertThatThrownBy(() -> ByteSizes.render(1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precision must not be negative, got -1");
    }
}
