package dev.jpve.tools;

import java.util.Objects;

/** Whitespace handling as upstream's {@code trim}. */
public final class Whitespace {
    private Whitespace() {}

    /**
     * The text without leading and trailing whitespace (space, tab, newline, carriage return,
     * form feed, vertical tab).
     */
    public static String trim(String text) {
        Objects.requireNonNull(text, "text");
        return text.replaceFirst("^\\s+", "").replaceFirst("\\s+$", "");
    }
}
