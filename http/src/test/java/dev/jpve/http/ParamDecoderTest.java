package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParamDecoderTest {
    private static String decode(String s) {
        return ParamDecoder.urlencoded(s).toString();
    }

    @Test
    void pairsSplitOnAmpersandAndSemicolon() {
        assertThat(decode("a=1&b=2;c=3")).isEqualTo("{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}");
    }

    @Test
    void plusIsSpaceAndPercentEscapesAreUtf8Bytes() {
        assertThat(decode("a=x+y%20z&b=%C3%A9&c=%zz&d=100%")).isEqualTo("{\"a\":\"x y z\",\"b\":\"\u00e9\",\"c\":\"%zz\",\"d\":\"100%\"}");
        assertThat(decode("k%3Dy=v%3D")).isEqualTo("{\"k=y\":\"v=\"}");
    }

    @Test
    void aRepeatedKeyBecomesAList() {
        assertThat(decode("a=1&a=2&a=3")).isEqualTo("{\"a\":[\"1\",\"2\",\"3\"]}");
    }

    @Test
    void aKeyWithoutEqualsIsUndefinedAndEmptyPairsAreSkipped() {
        assertThat(decode("a&&b=")).isEqualTo("{\"a\":null,\"b\":\"\"}");
    }

    @Test
    void theQueryOverridesTheBodyAndDcIsDropped() {
        assertThat(ParamDecoder.merge(ParamDecoder.urlencoded("a=1&b=2&_dc=5"), ParamDecoder.urlencoded("a=3&_dc=9"))
                .toString()).isEqualTo("{\"a\":\"3\",\"b\":\"2\"}");
    }

    @Test
    void credentialUnescapingKeepsPlus() {
        assertThat(ParamDecoder.uriUnescape("a+b%3Ac")).isEqualTo("a+b:c");
    }
}
