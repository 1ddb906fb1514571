package dev.jpve.schema;

/** Character-class tests for the hand-written format checks (ASCII classes as in upstream's regexes). */
final class Chars {
    private Chars() {}

    static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean alpha(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    static boolean alnum(char c) {
        return alpha(c) || digit(c);
    }

    static boolean hex(char c) {
        return digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    /** Perl's {@code \w} on a character string: letters, digits, marks, connector punctuation. */
    static boolean word(char c) {
        if (c < 128) {
            return alnum(c) || c == '_';
        }
        int t = Character.getType(c);
        return Character.isLetterOrDigit(c) || t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK || t == Character.CONNECTOR_PUNCTUATION;
    }

    /** The text without one trailing newline: Perl's {@code $} accepts it before the end. */
    static String chomp(String s) {
        int n = s.length();
        return n > 0 && s.charAt(n - 1) == '\n' ? s.substring(0, n - 1) : s;
    }

    /** Whether every character in {@code [from, to)} satisfies the test; true for an empty range. */
    static boolean all(String s, int from, int to, CharTest test) {
        for (int i = from; i < to; i++) {
            if (!test.test(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A test on one character. */
    @FunctionalInterface
    interface CharTest {
        boolean test(char c);
    }
}
