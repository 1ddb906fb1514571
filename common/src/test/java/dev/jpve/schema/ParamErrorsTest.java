package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ParamErrorsTest {
    @Test
    void secondMessageForAPathIsJoinedWithLiteralBackslashN() {
        ParamErrors e = new ParamErrors();
        e.add("x", "first");
        e.add("x", "second");
        assertThat(e.asMap()).containsExactly(Map.entry("x", "first\\nsecond"));
    }

    @Test
    void emptyPathIsRoot() {
        ParamErrors e = new ParamErrors();
        e.add("", "m");
        assertThat(e.asMap()).containsExactly(Map.entry("_root", "m"));
    }
}
