package dev.jpve.format;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class TextWrapPropertiesTest {

    @Property
    void wrappingNeitherLosesNorAddsVisibleCharacters(
            @ForAll @Chars({'a', 'b', 'x', ' ', '\n', '\t', '-'}) @StringLength(max = 400) String text) {
        String wrapped = TextWrap.wrap("  ", "    ", text);
        assertThat(wrapped.replaceAll("\\s", "")).isEqualTo(text.replaceAll("\\s", ""));
    }

    @Property
    void everyLineFitsIn75ColumnsOnceTabsAreExpandedButTheLastKeepsItsBreakingSpace(
            @ForAll @Chars({'a', 'b', ' ', '\n', '\t'}) @StringLength(max = 400) String text) {
        String wrapped = TextWrap.wrap("             ", "             ", text);
        if (wrapped.endsWith(" ")) {
            wrapped = wrapped.substring(0, wrapped.length() - 1);
        }
        for (String line : wrapped.split("\n")) {
            assertThat(TextWrap.expand(line).length()).isLessThanOrEqualTo(75);
        }
    }

    @Property
    void unexpandIsUndoneByExpand(@ForAll @Chars({'a', ' ', '\t'}) @StringLength(max = 60) String line) {
        String expanded = TextWrap.expand(line);
        assertThat(TextWrap.expand(TextWrap.unexpand(expanded))).isEqualTo(expanded);
    }
}
