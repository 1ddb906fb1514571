package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** Perl's view of output values: numeric and string conversion, lengths in characters. */
final class PerlValues {
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*([+-]?(?:[0-9]+\\.?[0-9]*|\\.[0-9]+)(?:[eE][+-]?[0-9]+)?)");
    private static final Pattern SPECIAL = Pattern.compile("^\\s*([+-]?)(inf(?:inity)?|nan)", Pattern.CASE_INSENSITIVE);

    private PerlValues() {}

    /** Perl's numeric value of a string: its leading decimal number, 0 if none. */
    static double number(String text) {
        Matcher m = LEADING_NUMBER.matcher(text);
        if (m.find()) {
            return Double.parseDouble(m.group(1));
        }
        Matcher s = SPECIAL.matcher(text);
        if (s.find()) {
            double v = s.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return s.group(1).equals("-") ? -v : v;
        }
        return 0;
    }

    /** Perl's numeric value of a node: undefined is 0, booleans 1/0, containers 0. */
    static double number(JsonNode node) {
        if (PerlScalar.isUndefined(node)) {
            return 0;
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? 1 : 0;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isString() ? number(node.stringValue()) : 0;
    }

    /**
     * Perl's string form {@code "$value"}: scalars as {@link PerlScalar#text}, booleans {@code 1}
     * or {@code 0} (upstream's {@code JSON::PP::Boolean} overloading), undefined empty, and for
     * containers (an address upstream) their compact JSON.
     */
    static String string(JsonNode node) {
        if (PerlScalar.isUndefined(node)) {
            return "";
        }
        if (node.isBoolean()) {
            return node.booleanValue() ? "1" : "0";
        }
        return PerlScalar.isScalar(node) ? PerlScalar.text(node) : PerlJson.compact(node);
    }

    /** The length in characters (code points), as Perl counts a character string. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    /** Perl's {@code substr(s, 0, n)} in characters. */
    static String prefix(String s, int n) {
        if (n <= 0) {
            return "";
        }
        if (n >= s.length()) {
            return s;
        }
        int end = s.offsetByCodePoints(0, Math.min(n, length(s)));
        return s.substring(0, end);
    }

    /** Perl's {@code cmp}: code point order. */
    static int compareStrings(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }
}
