package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    @Test
    void encodesTheGuestSpecExamples() {
        assertThat(TextEncoding.encode("Hello: 100%")).isEqualTo("Hello%3A 100%25");
        assertThat(TextEncoding.encode("Grüße")).isEqualTo("Gr%C3%BC%C3%9Fe");
        assertThat(TextEncoding.encode("a\tb")).isEqualTo("a%09b");
    }

    @Test
    void leavesSpaceHashEqualsSemicolonAndCommaPlain() {
        assertThat(TextEncoding.encode(" #=;,~")).isEqualTo(" #=;,~");
        assertThat(TextEncoding.encode("\r\u007F")).isEqualTo("%0D%7F");
    }

    @Test
    void decodesHexInEitherCaseAndKeepsInvalidSequences() {
        assertThat(TextEncoding.decode("Gr%c3%bc%C3%9Fe")).isEqualTo("Grüße");
        assertThat(TextEncoding.decode("100%zz%2")).isEqualTo("100%zz%2");
        assertThat(TextEncoding.decode("%25%3A")).isEqualTo("%:");
    }

    @Property
    void decodingAnEncodedTextGivesItBack(@ForAll String text) {
        String wellFormed = new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(TextEncoding.decode(TextEncoding.encode(wellFormed))).isEqualTo(wellFormed);
    }
}
