package dev.jpve.format;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph wrapping with the exact output of Perl's {@code Text::Wrap::wrap} (version 2021.0814,
 * default settings: {@code $columns = 76}, {@code $huge = 'wrap'}, {@code $unexpand = 1},
 * {@code $tabstop = 8}, {@code $separator = "\n"}).
 *
 * <p>What it does, step by step:
 * <ol>
 * <li>Tabs in the text are expanded to spaces (tab stops every 8 columns, per line).
 * <li>Each output line takes as many characters as fit ({@code columns - 1} minus the width of
 *     its indent) and ends where a whitespace character or the end of the text follows; that
 *     one whitespace character is dropped. An embedded newline always ends a line; each further
 *     newline gives an (indented) empty line.
 * <li>A word longer than a line is cut hard after the line's width ({@code $huge = 'wrap'}).
 * <li>Every line (indent included) is compressed: each full 8-column chunk ending in two or more
 *     spaces has them replaced by one TAB. The last, partial chunk of a line is left alone.
 * <li>Trailing whitespace after the last word is dropped, except that the whitespace character
 *     ending the last line is kept (so a text ending in {@code "\n"} still does); an empty or
 *     all-whitespace text gives {@code ""} (no indent either).
 * </ol>
 * Widths count characters, not counting combining marks; whitespace is Perl's Unicode {@code \s}.
 *
 * {@snippet :
 * TextWrap.wrap("", "             ", "  --mode     <fast | slow>   (default=fast)\n");
 * // "  --mode\t     <fast | slow>   (default=fast)\n"
 * }
 *
 * @param columns the screen width; lines are at most {@code columns - 1} characters wide
 */
public record TextWrap(int columns) {

    /** Upstream's default width, 76 columns. */
    public static final TextWrap DEFAULT = new TextWrap(76);

    private static final int TABSTOP = 8;

    /** Checks the width. */
    public TextWrap {
        if (columns < 2) {
            throw new IllegalArgumentException("columns: must be at least 2, got " + columns);
        }
    }

    /**
     * Wraps {@code text} to 76 columns.
     *
     * @param initialTab the indent of the first line
     * @param subsequentTab the indent of every further line
     */
    public static String wrap(String initialTab, String subsequentTab, String text) {
        return DEFAULT.apply(initialTab, subsequentTab, text);
    }

    /**
     * Wraps {@code text} to this width.
     *
     * @param initialTab the indent of the first line
     * @param subsequentTab the indent of every further line
     */
    public String apply(String initialTab, String subsequentTab, String text) {
        Text t = new Text(expand(text));
        int cols = columns;
        int nextWidth = cols - width(expand(subsequentTab)) - 1;
        if (nextWidth <= 0) { // Text::Wrap widens the screen to leave one column after the indent
            cols = width(expand(subsequentTab)) + 2;
            nextWidth = 1;
        }
        int lineWidth = Math.max(cols - width(expand(initialTab)) - 1, 0);
        StringBuilder out = new StringBuilder();
        String lead = initialTab;
        String newline = "";
        String remainder = "";
        int pos = 0;
        while (!t.onlyWhitespaceFrom(pos)) {
            int end = t.lastBreakWithin(pos, lineWidth);
            int next;
            if (end >= 0) {
                remainder = t.breakAt(end);
                next = end + remainder.length();
            } else {
                end = t.advance(pos, lineWidth);
                remainder = "\n";
                next = end;
            }
            out.append(unexpand(newline + lead + t.s.substring(pos, end)));
            pos = next;
            lead = subsequentTab;
            lineWidth = nextWidth;
            newline = "\n";
        }
        return out.append(remainder).toString();
    }

    /**
     * Perl's {@code Text::Tabs::expand}: every TAB becomes the spaces up to the next multiple of 8
     * columns, counted from the start of its line.
     */
    public static String expand(String text) {
        if (text.indexOf('\t') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        int column = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\t') {
                int pad = TABSTOP - column % TABSTOP;
                out.repeat(' ', pad);
                column += pad;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + (isMark(text, i) ? 0 : 1);
            }
        }
        return out.toString();
    }

    /**
     * Perl's {@code Text::Tabs::unexpand}: per line (after {@link #expand}), every full 8-column
     * chunk that ends in two or more spaces has them replaced by one TAB.
     */
    public static String unexpand(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(compressLine(expand(line)));
        }
        return String.join("\n", lines);
    }

    private static String compressLine(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int start = 0;
        while (true) {
            int end = new Text(line).advance(start, TABSTOP);
            if (end >= line.length() && countColumns(line, start, end) < TABSTOP) {
                return out.append(line, start, line.length()).toString();
            }
            int spaces = 0;
            while (spaces < end - start && line.charAt(end - 1 - spaces) == ' ') {
                spaces++;
            }
            out.append(line, start, spaces >= 2 ? end - spaces : end).append(spaces >= 2 ? "\t" : "");
            start = end;
        }
    }

    private static int countColumns(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += isMark(s, i) ? 0 : 1;
        }
        return n;
    }

    private static int width(String s) {
        return countColumns(s, 0, s.length());
    }

    /** Whether the character at {@code i} is a combining mark (Unicode category M). */
    static boolean isMark(CharSequence s, int i) {
        int type = Character.getType(Character.codePointAt(s, i));
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK || Character.isLowSurrogate(s.charAt(i));
    }

    /** Perl's Unicode {@code \s}. */
    static boolean isSpace(char c) {
        return switch (c) {
            case '\t', '\n', '\u000B', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u2028', '\u2029', '\u202F',
                 '\u205F', '\u3000' -> true;
            default -> c >= '\u2000' && c <= '\u200A';
        };
    }

    /** The expanded text, walked in characters-with-their-combining-marks. */
    private record Text(String s) {

        /** The end of the character starting at {@code i}: its combining marks belong to it. */
        int next(int i) {
            int j = i + Character.charCount(s.codePointAt(i));
            while (j < s.length() && isMark(s, j)) {
                j++;
            }
            return j;
        }

        /** The position {@code count} characters after {@code from}, stopping early at a newline or the end. */
        int advance(int from, int count) {
            int i = from;
            for (int n = 0; n < count && i < s.length() && s.charAt(i) != '\n'; n++) {
                i = next(i);
            }
            return i;
        }

        /**
         * The farthest position at most {@code count} characters (no newline) after {@code from}
         * that is followed by whitespace or the end; -1 if there is none.
         */
        int lastBreakWithin(int from, int count) {
            int best = -1;
            int i = from;
            for (int n = 0; ; n++) {
                if (i >= s.length() || isSpace(s.charAt(i))) {
                    best = i;
                }
                if (n == count || i >= s.length() || s.charAt(i) == '\n') {
                    return best;
                }
                i = next(i);
            }
        }

        /** The line break consumed at {@code i}: CR LF, one whitespace character with its marks, or nothing at the end. */
        String breakAt(int i) {
            if (i >= s.length()) {
                return "";
            }
            return s.startsWith("\r\n", i) ? "\r\n" : s.substring(i, next(i));
        }

        /** Whether nothing but whitespace follows {@code from}. */
        boolean onlyWhitespaceFrom(int from) {
            for (int i = from; i < s.length(); i = next(i)) {
                if (!isSpace(s.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
