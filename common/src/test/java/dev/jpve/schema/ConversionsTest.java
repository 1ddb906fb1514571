package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConversionsTest {
    @ParameterizedTest
    @CsvSource({"1,1", "1.5,1", "1K,1024", "1KiB,1024", "2M,2097152", "1.5G,1610612736", "3T,3298534883328",
        "3TiB,3298534883328", "0,0"})
    void parseSizeMultipliesByPowersOf1024(String in, long out) {
        assertThat(Conversions.parseSize(in)).hasValue(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1k", "1 K", "1P", "", "K", "1.", ".5", "-1"})
    void parseSizeRefusesOtherTexts(String in) {
        assertThat(Conversions.parseSize(in)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"0,0T", "1023,1023", "1024,1K", "1536,1536", "1048576,1M", "1073741824,1G", "1099511627776,1T",
        "1125899906842624,1024T"})
    void formatSizeUsesTheLargestExactUnit(long in, String out) {
        assertThat(Conversions.formatSize(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource({"1,true", "on,true", "Yes,true", "TRUE,true", "0,false", "OFF,false", "no,false", "false,false"})
    void parseBooleanWords(String in, boolean out) {
        assertThat(Conversions.parseBoolean(in)).contains(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "", " 1"})
    void parseBooleanRefusesOtherWords(String in) {
        assertThat(Conversions.parseBoolean(in)).isEmpty();
    }
}
