package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Expected texts were produced by Perl's Text::Wrap 2021.0814 with the same arguments. */
class TextWrapTest {
    private static final String INDENT = "             ";

    @Test
    void aShortTextKeepsItsTrailingNewlineAndGetsNoTabWithoutARunOfSpacesAtAChunkEnd() {
        assertThat(TextWrap.wrap("", INDENT, "  --mode     <fast | slow>   (default=fast)\n"))
                .isEqualTo("  --mode     <fast | slow>   (default=fast)\n");
    }

    @Test
    void aThirteenSpaceIndentBecomesATabAndFiveSpaces() {
        assertThat(TextWrap.wrap(INDENT, INDENT, "The (unique) ID of the VM."))
                .isEqualTo("\t     The (unique) ID of the VM.");
    }

    @Test
    void aShortOptionNameGetsATabInsideTheHeaderLine() {
        assertThat(TextWrap.wrap("", INDENT, "  --id       <string>\n")).isEqualTo("  --id\t     <string>\n");
    }

    @Test
    void linesBreakAtTheLastWhitespaceThatKeepsThemWithin75Columns() {
        assertThat(TextWrap.wrap(INDENT, INDENT, "Prevent changes if current configuration file has a different"
                + " digest. This can be used to prevent concurrent modifications."))
                .isEqualTo("\t     Prevent changes if current configuration file has a different\n"
                        + "\t     digest. This can be used to prevent concurrent modifications.");
        assertThat(TextWrap.wrap("  ", "  ", "word ".repeat(20) + "end")).isEqualTo(
                "  word word word word word word word word word word word word word word\n"
                        + "  word word word word word word end");
    }

    @Test
    void aWordLongerThanTheLineIsCutHardAfter75Characters() {
        assertThat(TextWrap.wrap("", "", "x".repeat(80))).isEqualTo("x".repeat(75) + "\nxxxxx");
    }

    @Test
    void aWordFillingTheWholeLineIsFollowedByTheNextWordOnItsOwnLine() {
        assertThat(TextWrap.wrap("", "", "x".repeat(75) + " y")).isEqualTo("x".repeat(75) + "\ny");
    }

    @Test
    void embeddedNewlinesEndLinesAndEmptyLinesGetTheIndent() {
        assertThat(TextWrap.wrap("ab", "  ", "a\n\nb")).isEqualTo("aba\n  \n  b");
        assertThat(TextWrap.wrap(INDENT, INDENT, "a\n\nb")).isEqualTo("\t     a\n\t     \n\t     b");
    }

    @Test
    void tabsAreExpandedAndCompressedAgainAtChunkEnds() {
        assertThat(TextWrap.wrap("", "", "a\tb\tc")).isEqualTo("a\tb\tc");
        assertThat(TextWrap.expand("ab\tc\td")).isEqualTo("ab      c       d");
        assertThat(TextWrap.unexpand("a       b")).isEqualTo("a\tb");
    }

    @Test
    void runsOfSpacesInsideALineStayWhenTheyDoNotEndA8ColumnChunk() {
        assertThat(TextWrap.wrap("", "", "a    b")).isEqualTo("a    b");
        assertThat(TextWrap.unexpand("abcdef x")).isEqualTo("abcdef x");
        assertThat(TextWrap.unexpand("abcde   x")).isEqualTo("abcde\tx");
        assertThat(TextWrap.unexpand("abc     ")).isEqualTo("abc\t");
        assertThat(TextWrap.unexpand("abc    ")).isEqualTo("abc    ");
    }

    @Test
    void trailingBlankLinesCollapseIntoTheFirstNewline() {
        assertThat(TextWrap.wrap("", "", "hello\n\n")).isEqualTo("hello\n");
        assertThat(TextWrap.wrap("", "", "trailing   ")).isEqualTo("trailing   ");
    }

    @Test
    void theWhitespaceEndingAFullLastLineIsKeptMakingIt76Columns() {
        assertThat(TextWrap.wrap("", "", "a".repeat(75) + "  ")).isEqualTo("a".repeat(75) + " ");
        assertThat(TextWrap.wrap("", "", "a".repeat(75) + " \n")).isEqualTo("a".repeat(75) + " ");
    }

    @Test
    void anEmptyOrBlankTextGivesNothingNotEvenTheIndent() {
        assertThat(TextWrap.wrap("  ", "  ", "")).isEmpty();
        assertThat(TextWrap.wrap("  ", "  ", "   \n ")).isEmpty();
    }

    @Test
    void combiningMarksDoNotCountAsColumns() {
        String word = "e\u0301".repeat(10);
        assertThat(new TextWrap(12).apply("", "", word + " " + word)).isEqualTo(word + "\n" + word);
    }

    @Test
    void aSubsequentIndentWiderThanTheScreenStillLeavesOneColumn() {
        assertThat(new TextWrap(4).apply("", "    ", "ab cd ef")).isEqualTo("ab cd\n    e\n    f");
    }

    @Test
    void aScreenNarrowerThanTwoColumnsIsRejected() {
        assertThatThrownBy(() -> new TextWrap(1)).isInstanceOf(IllegalArgumentException.class);
    }
}
