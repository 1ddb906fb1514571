package dev.jpve.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/** Documentation texts of schemas: upstream {@code generate_typetext} and {@code schema_get_type_text}. */
public final class TypeTexts {
    private TypeTexts() {}

    /**
     * The one-line syntax of a property-string format, e.g.
     * {@code [model=]<enum> [,bridge=<bridge>] [,<model>=<macaddr>]}.
     *
     * @param listEnums list every enum value instead of {@code <enum>} for more than 3 values
     * @throws IllegalArgumentException for a bad format (several default keys, a default key
     *     that is an alias, a property without any type text)
     */
    public static String generate(Map<String, Schema> format, boolean listEnums) {
        String defaultKey = defaultKey(format);
        Parts parts = new Parts();
        if (defaultKey != null) {
            parts.add("[" + defaultKey + "=]" + keyText(defaultKey, format.get(defaultKey), listEnums), false);
        }
        Map<String, String> keyAliases = new TreeMap<>();
        List<String> optional = new ArrayList<>();
        for (String k : new TreeSet<>(format.keySet())) {
            Common c = format.get(k).common();
            c.keyAlias().ifPresent(ka -> keyAliases.put(ka, c.alias().orElseThrow()));
            if (k.equals(defaultKey) || c.alias().isPresent()) {
                continue;
            }
            if (format.get(k).isOptional()) {
                optional.add(k);
            } else {
                parts.add(k + "=" + keyText(k, format.get(k), listEnums), false);
            }
        }
        for (String k : optional) {
            parts.add(k + "=" + keyText(k, format.get(k), listEnums), true);
        }
        keyAliases.forEach((ka, target) -> parts.add("<" + ka + ">=<" + target + ">", true));
        return parts.text.toString();
    }

    /**
     * The type text of one property for help and the API viewer ({@code schema_get_type_text}).
     *
     * @param style {@code config-sub} lists all enum values of property-string formats
     * @param formats where named hash formats are looked up
     */
    public static String typeText(Schema schema, String style, Formats formats) {
        Common c = schema.common();
        ScalarRules r = Node.rules(schema);
        if (c.typetext().isPresent()) {
            return c.typetext().get();
        } else if (c.formatDescription().isPresent()) {
            return "<" + c.formatDescription().get() + ">";
        } else if (r.enumValues().isPresent()) {
            return "<" + String.join(" | ", new TreeSet<>(r.enumValues().get().stream().map(PerlScalar::text).toList())) + ">";
        } else if (r.pattern().isPresent()) {
            return r.pattern().get().source();
        } else if (c.alias().isPresent()) {
            return "<alias to '" + c.alias().get() + "'>";
        }
        String type = schema.typeName().orElse("string");
        if ((type.equals("integer") || type.equals("number")) && (r.minimum().isPresent() || r.maximum().isPresent())) {
            return "<" + type + "> (" + r.minimum().map(Num::text).orElse("-N") + " - "
                    + r.maximum().map(Num::text).orElse("N") + ")";
        }
        Optional<Map<String, Schema>> hash = type.equals("string") ? hashFormat(r, formats) : Optional.empty();
        return hash.map(h -> generate(h, "config-sub".equals(style))).orElse("<" + type + ">");
    }

    private static Optional<Map<String, Schema>> hashFormat(ScalarRules r, Formats formats) {
        return r.format().flatMap(f -> switch (f) {
            case FormatSpec.Inline in -> Optional.of(in.properties());
            case FormatSpec.Named n -> formats.hash(n.name()).map(NamedFormat.Hash::properties);
        });
    }

    private static String defaultKey(Map<String, Schema> format) {
        List<String> keys = new ArrayList<>();
        for (String k : new TreeSet<>(format.keySet())) {
            Common c = format.get(k).common();
            if (c.defaultKey().orElse(false)) {
                if (c.alias().isPresent() || c.keyAlias().isPresent()) {
                    throw new IllegalArgumentException("default key '" + k + "' must not be an alias\n");
                }
                keys.add(k);
            }
        }
        if (keys.size() > 1) {
            throw new IllegalArgumentException("multiple default keys in schema (" + String.join(", ", keys) + ")\n");
        }
        return keys.isEmpty() ? null : keys.getFirst();
    }

    private static String keyText(String key, Schema s, boolean listEnums) {
        Common c = s.common();
        if (c.formatDescription().isPresent()) {
            return "<" + c.formatDescription().get() + ">";
        }
        if (c.typetext().isPresent()) {
            return c.typetext().get();
        }
        Optional<List<String>> en = Node.rules(s).enumValues().map(l -> l.stream().map(PerlScalar::text).toList());
        if (en.isPresent()) {
            return listEnums || en.get().size() <= 3 ? "<" + String.join("|", en.get()) + ">" : "<enum>";
        }
        return switch (s.typeName().orElse("")) {
            case "boolean" -> "<1|0>";
            case "integer" -> "<integer>";
            case "number" -> "<number>";
            default -> throw new IllegalArgumentException(
                    "internal error: neither format_description nor typetext found for option '" + key + "'");
        };
    }

    /** Joins parts: from the second on, a space before and a comma inside the brackets. */
    private static final class Parts {
        final StringBuilder text = new StringBuilder();

        void add(String part, boolean optional) {
            String p = part;
            if (!text.isEmpty()) {
                p = "," + p;
                text.append(' ');
            }
            text.append(optional ? "[" + p + "]" : p);
        }
    }
}
