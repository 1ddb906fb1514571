package dev.jpve.section;

import dev.jpve.schema.PerlScalar;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** Perl's numeric conversion ({@code $value + 0}) of a value, as a JSON number Perl would print the same way. */
final class PerlNumbers {
    private static final Pattern LEADING = Pattern.compile(
            "^[ \\t\\n\\r\\f\\x0B]*([+-]?)(?:(inf(?:inity)?|nan)|((?:[0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?))",
            Pattern.CASE_INSENSITIVE);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private PerlNumbers() {}

    /** {@code value + 0}: numbers stay, JSON booleans become 1/0, text is read like Perl does (no number: 0). */
    static JsonNode numify(JsonNode value) {
        if (value.isBoolean()) {
            return JSON.numberNode(value.booleanValue() ? 1 : 0);
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return integer(value.longValue());
        }
        if (value.isNumber()) {
            return normalize(value.doubleValue());
        }
        if (!value.isString()) {
            return value;
        }
        return parse(value.stringValue());
    }

    private static JsonNode parse(String text) {
        Matcher m = LEADING.matcher(text);
        if (!m.find()) {
            return JSON.numberNode(0);
        }
        boolean negative = m.group(1).equals("-");
        if (m.group(2) != null) {
            double special = m.group(2).equalsIgnoreCase("nan") ? Double.NaN : Double.POSITIVE_INFINITY;
            return JSON.numberNode(negative ? -special : special);
        }
        String number = m.group(3);
        if (m.group(4) == null && m.group(5) == null && number.length() < 19) {
            long v = Long.parseLong(number);
            return integer(negative ? -v : v);
        }
        double d = Double.parseDouble(number.startsWith(".") ? "0" + number : number);
        return normalize(negative ? -d : d);
    }

    /** A double Perl prints without a fraction ({@code 1000}) becomes an integer node. */
    private static JsonNode normalize(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15 && !PerlScalar.number(d).contains("e")) {
            return integer((long) d);
        }
        return JSON.numberNode(d);
    }

    private static JsonNode integer(long v) {
        return v == (int) v ? JSON.numberNode((int) v) : JSON.numberNode(v);
    }
}
