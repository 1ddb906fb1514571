package dev.jpve.tools.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
    private final List<String> lines = new ArrayList<>();
    private final LineSplitter splitter = new LineSplitter(lines::add);

    @Test
    void splitsAtEveryTerminatorKind() {
        feed("a\rb\r\nc\b\bd\n\ne");
        assertThat(lines).containsExactly("a", "b", "c", "d", "");
        assertThat(splitter.remainder()).contains("e");
    }

    @Test
    void joinsALineSpreadOverChunks() {
        feed("ab");
        feed("cd");
        feed("e\nf");
        assertThat(lines).containsExactly("abcde");
        assertThat(splitter.remainder()).contains("f");
        assertThat(splitter.remainder()).isEmpty();
    }

    @Test
    void crLfSplitAcrossChunksYieldsAnExtraEmptyLine() {
        feed("a\r");
        feed("\nb\n");
        assertThat(lines).containsExactly("a", "", "b");
    }

    @Test
    void backspaceRunSplitAcrossChunksYieldsAnExtraEmptyLine() {
        feed("a\b");
        feed("\bb\n");
        assertThat(lines).containsExactly("a", "", "b");
    }

    @Test
    void decodesUtf8SplitAcrossChunks() {
        byte[] bytes = "über\n".getBytes(StandardCharsets.UTF_8);
        splitter.feed(new byte[] {bytes[0]});
        splitter.feed(java.util.Arrays.copyOfRange(bytes, 1, bytes.length));
        assertThat(lines).containsExactly("über");
    }

    @Property
    void matchesUpstreamsRegexLoopOnAnyChunking(@ForAll("chunks") List<String> chunks) {
        List<String> expected = new ArrayList<>();
        String pending = "";
        for (String chunk : chunks) {
            String buf = chunk;
            Matcher m;
            while ((m = UPSTREAM_LINE.matcher(buf)).find()) {
                expected.add(pending + m.group(1));
                pending = "";
                buf = buf.substring(m.end());
            }
            pending += buf;
        }
        List<String> actual = new ArrayList<>();
        LineSplitter fresh = new LineSplitter(actual::add);
        chunks.forEach(c -> fresh.feed(c.getBytes(StandardCharsets.UTF_8)));
        assertThat(actual).isEqualTo(expected);
        assertThat(fresh.remainder().orElse("")).isEqualTo(pending);
    }

    @Provide
    Arbitrary<List<String>> chunks() {
        Arbitrary<String> mixed = Arbitraries.strings().withChars("ab\n\r\b\t\u0001 ").ofMaxLength(40);
        Arbitrary<String> letters = Arbitraries.strings().withCharRange('a', 'z').ofMaxLength(40);
        Arbitrary<String> longLines = Arbitraries.strings().withChars("\n\r\b").ofMinLength(1).ofMaxLength(2)
                .list().ofMaxSize(4).map(ts -> String.join("abcdefghijklmnopq", ts));
        return Arbitraries.oneOf(mixed, letters, longLines).list().ofMaxSize(6);
    }

    private static final Pattern UPSTREAM_LINE = Pattern.compile("^([^\\x08\\r\\n]*)(?:\\n|\\x08+|\\r\\n?)");

    private void feed(String text) {
        splitter.feed(text.getBytes(StandardCharsets.UTF_8));
    }
}
