package dev.jpve.schema;

import java.math.BigDecimal;
import java.math.MathContext;
import tools.jackson.databind.JsonNode;

/**
 * The Perl value model the validator works on (spec section 0): a scalar is checked through
 * its string form, JSON booleans are objects, and truthiness follows Perl.
 */
public final class PerlScalar {
    private PerlScalar() {}

    /** Whether the node is undefined in Perl terms (absent or JSON null). */
    public static boolean isUndefined(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode();
    }

    /** Whether the node is a plain Perl scalar: a string or a number (not a JSON boolean, not a container). */
    public static boolean isScalar(JsonNode node) {
        return node.isString() || node.isNumber();
    }

    /**
     * The text Perl would produce for a scalar node: strings as is, integers in decimal, other
     * numbers like Perl's {@code %.15g}.
     *
     * @throws IllegalArgumentException if the node is not a string or a number
     */
    public static String text(JsonNode node) {
        if (node.isString()) {
            return node.stringValue();
        }
        if (node.isIntegralNumber()) {
            return node.bigIntegerValue().toString();
        }
        if (node.isNumber()) {
            return node.isBigDecimal() ? decimal(node.decimalValue()) : number(node.doubleValue());
        }
        throw new IllegalArgumentException("node: not a scalar: " + node.getNodeType());
    }

    /** The Perl reference kind of a non-scalar node: {@code ARRAY}, {@code HASH} or {@code JSON::PP::Boolean}. */
    public static String referenceKind(JsonNode node) {
        if (node.isArray()) {
            return "ARRAY";
        }
        return node.isObject() ? "HASH" : "JSON::PP::Boolean";
    }

    /** Perl truthiness: undefined, {@code ""}, {@code "0"}, numeric zero and JSON false are false. */
    public static boolean isTruthy(JsonNode node) {
        if (isUndefined(node)) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.doubleValue() != 0;
        }
        if (node.isString()) {
            String s = node.stringValue();
            return !s.isEmpty() && !s.equals("0");
        }
        return true;
    }

    /** Upstream's {@code is_integer}: {@code ^[+-]?\d+$}, tolerating one trailing newline. */
    public static boolean isInteger(CharSequence s) {
        int end = endWithoutNewline(s);
        int i = sign(s, 0, end);
        int digits = digits(s, i, end);
        return digits > 0 && i + digits == end;
    }

    /** Upstream's {@code is_number}: decimal with optional fraction and exponent, tolerating one trailing newline. */
    public static boolean isNumber(CharSequence s) {
        int end = endWithoutNewline(s);
        int i = sign(s, 0, end);
        int intDigits = digits(s, i, end);
        i += intDigits;
        int fracDigits = 0;
        if (i < end && s.charAt(i) == '.') {
            fracDigits = digits(s, i + 1, end);
            i += 1 + fracDigits;
        }
        if (intDigits == 0 && fracDigits == 0) {
            return false;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = sign(s, i + 1, end);
            int expDigits = digits(s, j, end);
            if (expDigits == 0) {
                return false;
            }
            i = j + expDigits;
        }
        return i == end;
    }

    /** Perl's string form of a floating-point number ({@code %.15g}: {@code 1.5}, {@code 1e+20}, {@code 0.1}). */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "Inf" : "-Inf";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return decimal(new BigDecimal(v));
    }

    private static String decimal(BigDecimal d) {
        if (d.signum() == 0) {
            return "0";
        }
        BigDecimal r = d.round(new MathContext(15, java.math.RoundingMode.HALF_EVEN));
        int exp = r.precision() - r.scale() - 1;
        if (exp < -4 || exp >= 15) {
            BigDecimal mantissa = r.movePointLeft(exp).stripTrailingZeros();
            String e = Integer.toString(Math.abs(exp));
            return mantissa.toPlainString() + (exp < 0 ? "e-" : "e+") + (e.length() < 2 ? "0" + e : e);
        }
        return r.stripTrailingZeros().toPlainString();
    }

    private static int endWithoutNewline(CharSequence s) {
        int n = s.length();
        return n > 0 && s.charAt(n - 1) == '\n' ? n - 1 : n;
    }

    private static int sign(CharSequence s, int i, int end) {
        return i < end && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }

    private static int digits(CharSequence s, int i, int end) {
        int j = i;
        while (j < end && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
            j++;
        }
        return j - i;
    }
}
