package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import org.junit.jupiter.api.Test;

class TextListsTest {
    @Test
    void splitsOnCommasSemicolonsAndWhitespace() {
        assertThat(TextLists.split(" a, b;c  d\n")).containsExactly("a", "b", "c", "d");
    }

    /** perl: split(/\s+/) of a JSON-decoded "\u00e9 \u00a0x" gives two fields. */
    @Test
    void treatsUnicodeWhiteSpaceAsASeparator() {
        assertThat(TextLists.split("\u00e9 \u00a0x")).containsExactly("\u00e9", "x");
    }

    @Test
    void keepsAZero() {
        assertThat(TextLists.split("0")).containsExactly("0");
    }

    @Test
    void givesNoFieldsForEmptyOrBlankText() {
        assertThat(TextLists.split("")).isEmpty();
        assertThat(TextLists.split(" ,; ")).isEmpty();
    }

    @Test
    void splitsOnNulOnlyWhenTheTextContainsOne() {
        assertThat(TextLists.split("a b\0\0c,d\0\0")).containsExactly("a b", "", "c,d");
        assertThat(TextLists.split("\0a")).containsExactly("", "a");
        assertThat(TextLists.split("\0")).isEmpty();
    }

    @Property
    void neverYieldsEmptyOrSeparatorFieldsWithoutNul(
            @ForAll @Chars({' ', ',', ';', '\t', '\n'}) @CharRange(from = 'a', to = 'c') String text) {
        assertThat(TextLists.split(text)).allSatisfy(field -> assertThat(field).isNotEmpty()
                .doesNotContain(" ", ",", ";", "\t", "\n"));
    }
}
