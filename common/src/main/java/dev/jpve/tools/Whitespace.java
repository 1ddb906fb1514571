package dev.jpve.tools;

import java.util.Objects;
import java.util.regex.Pattern;

/** Whitespace handling as upstream's {@code trim}. */
public final class Whitespace {
    /* Perl's \s on decoded text is Unicode White_Space, the same set as Java's (?U)\s. */
    private static final Pattern LEADING = Pattern.compile("^\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern TRAILING = Pattern.compile("\\s+$", Pattern.UNICODE_CHARACTER_CLASS);

    private Whitespace() {}

    /**
     * The text without leading and trailing whitespace: ASCII whitespace and the other Unicode
     * white space characters such as U+00A0 and U+3000, as Perl's {@code \s} on decoded text.
     */
    public static String trim(String text) {
        Objects.requireNonNull(text, "text");
        return LEADING.matcher(text).replaceFirst("").transform(t -> TRAILING.matcher(t).replaceFirst(""));
    }
}
