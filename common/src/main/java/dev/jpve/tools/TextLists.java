package dev.jpve.tools;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Splits the free-form lists users type into fields ({@code split_list}).
 *
 * {@snippet :
 * TextLists.split(" a, b;c  d"); // [a, b, c, d]
 * TextLists.split("a\0\0b");     // [a, "", b]
 * }
 */
public final class TextLists {
    private TextLists() {}

    /**
     * The fields of a list text. A text containing NUL is split on NUL only, keeping empty fields
     * except trailing ones; otherwise commas and semicolons count as whitespace and the text is
     * split on runs of whitespace (Unicode whitespace, as Perl sees it in decoded text). An empty
     * text gives no fields; {@code "0"} gives {@code ["0"]}.
     */
    public static List<String> split(String text) {
        Objects.requireNonNull(text, "text");
        if (text.indexOf('\0') >= 0) {
            return perlSplit(text, "\0");
        }
        String spaced = text.replace(',', ' ').replace(';', ' ').replaceFirst("(?U)^\\s+", "");
        return perlSplit(spaced, "(?U)\\s+");
    }

    /** Perl's split: trailing empty fields dropped, and an empty text gives no fields. */
    private static List<String> perlSplit(String text, String regex) {
        if (text.isEmpty()) {
            return List.of();
        }
        return List.copyOf(Arrays.asList(text.split(regex)));
    }
}
