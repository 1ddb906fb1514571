package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WhitespaceTest {
    @Test
    void stripsLeadingAndTrailingWhitespaceOnly() {
        assertThat(Whitespace.trim(" \t a b \r\n\f\u000B")).isEqualTo("a b");
    }

    @Test
    void leavesOtherTextAlone() {
        assertThat(Whitespace.trim("")).isEmpty();
        assertThat(Whitespace.trim("0")).isEqualTo("0");
    }

    /** perl: a JSON-decoded "\u00a0x\u2003" trims to "x". */
    @Test
    void stripsUnicodeWhiteSpaceAsPerlDoesInDecodedText() {
        assertThat(Whitespace.trim("\u00A0x\u2003")).isEqualTo("x");
        assertThat(Whitespace.trim("\u0085x\u3000")).isEqualTo("x");
    }
}
