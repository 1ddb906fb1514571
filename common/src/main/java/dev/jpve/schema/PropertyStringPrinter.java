package dev.jpve.schema;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** One {@code print_property_string} run over checked data. */
final class PropertyStringPrinter {
    private final Map<String, Schema> format;
    private final String defaultKey;
    private final Map<String, String> keyAliasTargets = new HashMap<>();
    private final StringBuilder out = new StringBuilder();
    private final Set<String> done = new HashSet<>();

    PropertyStringPrinter(Map<String, Schema> format, String defaultKey) {
        this.format = format;
        this.defaultKey = defaultKey;
        format.forEach((k, s) -> s.common().keyAlias()
                .ifPresent(ka -> keyAliasTargets.put(ka, s.common().alias().orElseThrow())));
    }

    String print(ObjectNode data, List<String> skip) {
        done.addAll(skip);
        if (defaultKey != null) {
            add(data, defaultKey, true);
        }
        Set<String> required = new TreeSet<>();
        format.forEach((k, s) -> {
            if (!s.isOptional() && s.common().alias().isEmpty()) {
                required.add(k);
            }
        });
        for (String k : required) {
            add(data, k, false);
        }
        for (String k : new TreeSet<>(data.propertyNames())) {
            add(data, k, false);
        }
        return out.toString();
    }

    private void add(ObjectNode data, String key, boolean isDefault) {
        if (!done.add(key)) {
            return;
        }
        JsonNode value = data.get(key);
        if (PerlScalar.isUndefined(value)) {
            return;
        }
        Schema schema = format.get(key);
        String combine = keyAliasTargets.get(key);
        if (combine != null && !PerlScalar.isUndefined(data.get(combine))) {
            String combined = value(key, value, schema) + "=" + value(combine, data.get(combine), format.get(combine));
            append(combined);
            done.add(combine);
            return;
        }
        if (schema != null && schema.common().alias().isPresent()) {
            schema = format.get(schema.common().alias().get());
        }
        if (schema == null) {
            throw new FormatException("invalid key '" + key + "'\n");
        }
        String text = value(key, value, schema);
        append(isDefault ? text : key + "=" + text);
    }

    private void append(String part) {
        if (!out.isEmpty()) {
            out.append(',');
        }
        out.append(part);
    }

    private static String value(String key, JsonNode value, Schema schema) {
        String text = PerlScalar.isScalar(value) ? PerlScalar.text(value)
                : value.isBoolean() ? (value.booleanValue() ? "1" : "0") : value.toString();
        if (schema != null && isDiskSize(schema) && PerlScalar.isInteger(text)) {
            return Conversions.formatSize(Long.parseLong(text.strip()));
        }
        if (text.indexOf(',') >= 0) {
            throw new FormatException("illegal value with commas for " + key + "\n");
        }
        return text;
    }

    private static boolean isDiskSize(Schema schema) {
        return Node.rules(schema).format().filter(f -> f.equals(new FormatSpec.Named("disk-size"))).isPresent();
    }
}
