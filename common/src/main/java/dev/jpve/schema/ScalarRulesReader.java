package dev.jpve.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** Reads the scalar keywords of a schema object, leniently (numbers may be strings). */
final class ScalarRulesReader {
    private Optional<FormatSpec> format = Optional.empty();
    private Optional<Regex> pattern = Optional.empty();
    private Optional<Integer> maxLength = Optional.empty();
    private Optional<Integer> minLength = Optional.empty();
    private Optional<Num> maximum = Optional.empty();
    private Optional<Num> minimum = Optional.empty();
    private Optional<List<JsonNode>> enumValues = Optional.empty();

    void take(String key, JsonNode v, int depth) {
        switch (key) {
            case "format" -> format = Optional.of(format(v, depth));
            case "pattern" -> pattern = Optional.of(Regex.of(SchemaJson.text(key, v)));
            case "maxLength" -> maxLength = Optional.of(length(key, v));
            case "minLength" -> minLength = Optional.of(length(key, v));
            case "maximum" -> maximum = Optional.of(num(key, v));
            case "minimum" -> minimum = Optional.of(num(key, v));
            case "enum" -> enumValues = Optional.of(enumList(v));
            default -> throw new IllegalStateException("not a scalar keyword: " + key);
        }
    }

    ScalarRules build() {
        return new ScalarRules(format, pattern, maxLength, minLength, maximum, minimum, enumValues);
    }

    private static FormatSpec format(JsonNode v, int depth) {
        if (v.isObject()) {
            Map<String, Schema> props = SchemaJson.readProperties(v, depth);
            return new FormatSpec.Inline(props);
        }
        return new FormatSpec.Named(SchemaJson.text("format", v));
    }

    private static int length(String key, JsonNode v) {
        String text = SchemaJson.text(key, v);
        if (!PerlScalar.isInteger(text)) {
            throw new IllegalArgumentException(key + ": not an integer '" + text + "'");
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": out of range '" + text + "'", e);
        }
    }

    private static Num num(String key, JsonNode v) {
        if (v.isNumber()) {
            return new Num(v.doubleValue(), PerlScalar.text(v), false);
        }
        try {
            return Num.parse(SchemaJson.text(key, v));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage(), e);
        }
    }

    private static List<JsonNode> enumList(JsonNode v) {
        if (!v.isArray()) {
            throw new IllegalArgumentException("enum: expected an array");
        }
        List<JsonNode> list = new ArrayList<>();
        for (JsonNode m : v) {
            if (!PerlScalar.isScalar(m)) {
                throw new IllegalArgumentException("enum: expected scalar values, got " + m.getNodeType());
            }
            list.add(m);
        }
        return list;
    }
}
