package dev.jpve.tools.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    private void feed(String text) {
        splitter.feed(text.getBytes(StandardCharsets.UTF_8));
    }
}
