package dev.jpve.schema;

import java.util.ArrayList;
import java.util.List;

/** Upstream {@code split_list}: NUL-separated if the text holds a NUL, else split on commas, semicolons and whitespace. */
public final class ListSplitter {
    private ListSplitter() {}

    /**
     * Splits a list text: {@code "100,101 102;103"} gives {@code [100, 101, 102, 103]}.
     *
     * <p>With a NUL byte in the text only NUL separates (trailing empty fields dropped); otherwise
     * commas, semicolons and whitespace runs separate and no element is empty.
     */
    public static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        if (text.indexOf('\0') >= 0) {
            int start = 0;
            for (int i = 0; i <= text.length(); i++) {
                if (i == text.length() || text.charAt(i) == '\0') {
                    out.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            while (!out.isEmpty() && out.getLast().isEmpty()) {
                out.removeLast();
            }
            return out;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean sep = i == text.length() || isSeparator(text.charAt(i));
            if (sep && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** Applies {@code check} to each element of a NUL-free list text; the first non-null result, or null. */
    static String firstFailure(String text, java.util.function.Function<String, String> check) {
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean sep = i == text.length() || isSeparator(text.charAt(i));
            if (sep && start >= 0) {
                String failure = check.apply(text.substring(start, i));
                if (failure != null) {
                    return failure;
                }
                start = -1;
            } else if (!sep && start < 0) {
                start = i;
            }
        }
        return null;
    }

    private static boolean isSeparator(char c) {
        return c == ',' || c == ';' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b;
    }
}
