package dev.jpve.tools.internal.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WithheldStderrTest {
    private final List<String> released = new ArrayList<>();
    private final WithheldStderr stderr = new WithheldStderr(released::add);

    @Test
    void eachLineReleasesThePreviousOneWithNewline() {
        stderr.accept("a");
        stderr.accept("b");
        assertThat(released).containsExactly("a\n");
        assertThat(stderr.take()).contains("b");
        assertThat(stderr.take()).isEmpty();
    }

    @Test
    void perlFalseLinesAreNeverReleasedOrTaken() {
        stderr.accept("");
        stderr.accept("0");
        assertThat(stderr.take()).isEmpty();
        stderr.release();
        assertThat(released).isEmpty();
    }

    @Test
    void releaseEmptiesTheWithheldLine() {
        stderr.accept("last");
        stderr.release();
        stderr.release();
        assertThat(released).containsExactly("last\n");
    }
}
