package dev.jpve.cli;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * One scalar as Perl's {@code YAML::XS} hands it to libyaml: its text, the style YAML::XS asks
 * for, and libyaml's analysis of which styles the text allows ({@code yaml_emitter_analyze_scalar}).
 *
 * @param text the scalar's text
 * @param requested the style YAML::XS asks for
 * @param multiline the text has a line break
 * @param blockPlainAllowed plain style is possible in block context
 * @param singleQuotedAllowed single quotes are possible
 * @param blockAllowed the literal block style is possible
 */
record YamlScalar(String text, Style requested, boolean multiline, boolean blockPlainAllowed,
        boolean singleQuotedAllowed, boolean blockAllowed) {

    /** libyaml's scalar styles (flow context is never used: collections are block or empty). */
    enum Style { PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED, LITERAL }

    /**
     * Perl's {@code looks_like_number}: a decimal number, Inf or NaN (with a payload), blanks
     * around allowed; also (Perl's quirks) {@code "0 but true"} and a {@code -} followed by blanks.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[ \\t\\n\\r\\f\\x0B]*(?:[+-]?(?:(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?"
            + "|(?i:inf(?:inity)?|nan[qs]?(?:\\([^)]*\\))?))|-(?=[ \\t\\n\\r\\f\\x0B]))[ \\t\\n\\r\\f\\x0B]*"
            + "|0 but true");

    private static final String INDICATORS_FIRST = "#,[]{}&*!|>'\"%@`";

    /** A plain value: {@code ~}, {@code true}, a number. */
    static YamlScalar plain(String text) {
        return analyze(text, Style.PLAIN);
    }

    /**
     * A string value: single-quoted when empty, {@code ~}, {@code true}, {@code false},
     * {@code null} or number-like; with a newline double-quoted up to 30 bytes, literal beyond.
     */
    static YamlScalar string(String text) {
        Style style = Style.PLAIN;
        if (text.isEmpty() || text.equals("~") || text.equals("true") || text.equals("false")
                || text.equals("null") || looksLikeNumber(text)) {
            style = Style.SINGLE_QUOTED;
        } else if (text.indexOf('\n') >= 0) {
            style = fitsInBytes(text, 30) ? Style.DOUBLE_QUOTED : Style.LITERAL;
        }
        return analyze(text, style);
    }

    /** The style libyaml ends up writing ({@code yaml_emitter_select_scalar_style}, block context). */
    Style select(boolean simpleKey) {
        Style style = requested;
        if (simpleKey && multiline) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.PLAIN && (!blockPlainAllowed || (text.isEmpty() && simpleKey))) {
            style = Style.SINGLE_QUOTED;
        }
        if (style == Style.SINGLE_QUOTED && !singleQuotedAllowed) {
            style = Style.DOUBLE_QUOTED;
        }
        if (style == Style.LITERAL && (!blockAllowed || simpleKey)) {
            style = Style.DOUBLE_QUOTED;
        }
        return style;
    }

    /** Whether the scalar can be a simple {@code key: value} key (one line, at most 128 bytes). */
    boolean simpleKeyAllowed() {
        return !multiline && fitsInBytes(text, 128);
    }

    /** Perl's {@code looks_like_number}, with a cheap test of the first character first. */
    private static boolean looksLikeNumber(String text) {
        char c = text.charAt(0);
        boolean candidate = (c >= '0' && c <= '9') || "+-. \t\n\r\f\u000BiInN".indexOf(c) >= 0;
        return candidate && NUMBER.matcher(text).matches();
    }

    /** Whether the text takes at most {@code max} bytes in UTF-8 (libyaml measures in bytes). */
    private static boolean fitsInBytes(String text, int max) {
        return text.length() * 3 <= max || text.getBytes(StandardCharsets.UTF_8).length <= max;
    }

    static boolean isBreak(int c) {
        return c == '\r' || c == '\n' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    /** libyaml's printable set: line feed, ASCII, and the BMP outside surrogates, FEFF, FFFE and FFFF. */
    static boolean isPrintable(int c) {
        return c == '\n' || (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
    }

    private static boolean isBlankOrEnd(int[] cps, int i) {
        return i >= cps.length || cps[i] == ' ' || cps[i] == '\t' || isBreak(cps[i]);
    }

    private static YamlScalar analyze(String text, Style requested) {
        if (text.isEmpty()) {
            return new YamlScalar(text, requested, false, true, true, false);
        }
        int[] cps = text.codePoints().toArray();
        boolean blockIndicators = text.startsWith("---") || text.startsWith("...");
        boolean lineBreaks = false;
        boolean special = false;
        boolean leadingOrTrailing = false;
        boolean trailingSpace = false;
        boolean breakSpace = false;
        boolean spaceBreak = false;
        boolean previousSpace = false;
        boolean previousBreak = false;
        boolean precededByWhitespace = true;
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean followedByWhitespace = isBlankOrEnd(cps, i + 1);
            if (i == 0) {
                blockIndicators |= INDICATORS_FIRST.indexOf(c) >= 0 || ((c == '?' || c == ':' || c == '-')
                        && followedByWhitespace);
            } else {
                blockIndicators |= (c == ':' && followedByWhitespace) || (c == '#' && precededByWhitespace);
            }
            special |= !isPrintable(c);
            boolean last = i == cps.length - 1;
            if (c == ' ') {
                leadingOrTrailing |= i == 0 || last;
                trailingSpace |= last;
                breakSpace |= previousBreak;
                previousSpace = true;
                previousBreak = false;
            } else if (isBreak(c)) {
                lineBreaks = true;
                leadingOrTrailing |= i == 0 || last;
                spaceBreak |= previousSpace;
                previousSpace = false;
                previousBreak = true;
            } else {
                previousSpace = false;
                previousBreak = false;
            }
            precededByWhitespace = isBlankOrEnd(cps, i);
        }
        boolean plain = !(leadingOrTrailing || breakSpace || spaceBreak || special || lineBreaks || blockIndicators);
        boolean single = !(breakSpace || spaceBreak || special);
        boolean block = !(trailingSpace || spaceBreak || special);
        return new YamlScalar(text, requested, lineBreaks, plain, single, block);
    }
}
