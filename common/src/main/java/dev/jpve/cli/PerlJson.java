package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * JSON text as Perl's {@code JSON} module ({@code JSON::XS}) writes it with {@code canonical}:
 * keys in code point order, numbers in Perl's form ({@code 2}, not {@code 2.0}), non-ASCII
 * characters as they are, control characters as {@code \n} or {@code \u001f}; the pretty form
 * indents by 3 spaces, separates keys with {@code " : "} and ends with a newline.
 */
final class PerlJson {
    private static final String INDENT = "   ";

    private PerlJson() {}

    /** {@code to_json(value, {canonical => 1})}. */
    static String compact(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out, -1);
        return out.toString();
    }

    /** {@code to_json(value, {canonical => 1, pretty => 1})}, with its final newline. */
    static String pretty(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out, 0);
        return out.append('\n').toString();
    }

    /** Writes a value; {@code level} is the pretty indentation level, negative for compact output. */
    private static void write(JsonNode value, StringBuilder out, int level) {
        if (PerlScalar.isUndefined(value)) {
            out.append("null");
        } else if (value.isObject()) {
            writeObject(value, out, level);
        } else if (value.isArray()) {
            writeArray(value, out, level);
        } else if (value.isBoolean()) {
            out.append(value.booleanValue() ? "true" : "false");
        } else if (value.isIntegralNumber() && value.canConvertToLong()) {
            out.append(value.longValue());
        } else if (value.isNumber()) {
            out.append(PerlScalar.text(value));
        } else {
            string(value.isString() ? value.stringValue() : value.toString(), out);
        }
    }

    private static void writeObject(JsonNode value, StringBuilder out, int level) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
        entries.sort((a, b) -> PerlValues.compareStrings(a.getKey(), b.getKey()));
        out.append('{');
        for (int i = 0; i < entries.size(); i++) {
            separate(out, level, i);
            string(entries.get(i).getKey(), out);
            out.append(level < 0 ? ":" : " : ");
            write(entries.get(i).getValue(), out, level < 0 ? level : level + 1);
        }
        close(out, level, entries.isEmpty(), '}');
    }

    private static void writeArray(JsonNode value, StringBuilder out, int level) {
        out.append('[');
        for (int i = 0; i < value.size(); i++) {
            separate(out, level, i);
            write(value.get(i), out, level < 0 ? level : level + 1);
        }
        close(out, level, value.isEmpty(), ']');
    }

    private static void separate(StringBuilder out, int level, int index) {
        if (index > 0) {
            out.append(',');
        }
        if (level >= 0) {
            out.append('\n').append(INDENT.repeat(level + 1));
        }
    }

    private static void close(StringBuilder out, int level, boolean empty, char bracket) {
        if (level >= 0 && !empty) {
            out.append('\n').append(INDENT.repeat(level));
        }
        out.append(bracket);
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        int clean = 0;
        while (clean < s.length() && s.charAt(clean) >= 0x20 && s.charAt(clean) != '"' && s.charAt(clean) != '\\') {
            clean++;
        }
        out.append(s, 0, clean);
        for (int i = clean; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\f' -> out.append("\\f");
                case '\b' -> out.append("\\b");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
