package dev.jpve.schema;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A property-string format compiled once: parse ({@code parse_property_string}), print
 * ({@code print_property_string}) and its one-line syntax ({@code generate_typetext}).
 *
 * <p>A property string is {@code key=value,key=value}; it is split on every comma (values can
 * never hold one), parts are not trimmed, a value without key belongs to the {@code default_key}.
 * Values stay strings; boolean keys become {@code 1}/{@code 0}.
 *
 * {@snippet :
 * PropertyStringFormat net = PropertyStringFormat.of(netFormat, Formats.standard());
 * ObjectNode parsed = net.parse("virtio=AA:BB:CC:DD:EE:FF,bridge=vmbr0");
 * String text = net.print(parsed);
 * }
 */
public final class PropertyStringFormat {
    final Map<String, Schema> schemas;
    final Node.Props props;
    final String defaultKey;
    private final UnaryOperator<ObjectNode> validator;
    private final int defaultIndex;
    private final boolean allSimple;

    private PropertyStringFormat(Map<String, Schema> schemas, Formats formats, UnaryOperator<ObjectNode> validator) {
        this.schemas = schemas;
        this.props = new Node.Props(schemas, formats);
        this.defaultKey = schemas.entrySet().stream()
                .filter(e -> e.getValue().common().defaultKey().orElse(false))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        this.validator = validator;
        this.defaultIndex = defaultKey == null ? -1 : props.index.get(defaultKey);
        boolean simple = true;
        for (Node node : props.nodes) {
            simple &= node.simple || node.alias;
        }
        this.allSimple = simple;
    }

    static PropertyStringFormat compile(Map<String, Schema> schemas, Formats formats, UnaryOperator<ObjectNode> validator) {
        return new PropertyStringFormat(schemas, formats, validator);
    }

    /** Compiles an inline format (key to property schema); named formats of values are resolved in {@code formats}. */
    public static PropertyStringFormat of(Map<String, Schema> format, Formats formats) {
        return compile(java.util.Objects.requireNonNull(format, "format"), java.util.Objects.requireNonNull(formats, "formats"), null);
    }

    /**
     * The registered hash format {@code name}, with its validator, for parsing.
     *
     * @throws FormatException {@code unknown format: NAME\n} or
     *     {@code parse_property_string only accepts hash based named formats\n}
     */
    public static PropertyStringFormat named(String name, Formats formats) {
        NamedFormat f = formats.get(name).orElseThrow(() -> new FormatException("unknown format: " + name + "\n"));
        if (!(f instanceof NamedFormat.Hash h)) {
            throw new FormatException("parse_property_string only accepts hash based named formats\n");
        }
        return compile(h.properties(), formats, h.validator().orElse(null));
    }

    /** The format's keys and their schemas. */
    public Map<String, Schema> properties() {
        return schemas;
    }

    /** Parses with no path, unknown keys refused, nothing skipped. */
    public ObjectNode parse(String text) {
        return parse(text, "", false, List.of());
    }

    /** Prints with nothing skipped and no path (see {@link #print(JsonNode, List, String)}). */
    public String print(JsonNode data) {
        return print(data, List.of(), "");
    }

    /**
     * Prints an object as property string: the default key first (value only), then the
     * required keys, then the rest, both sorted; a keyAlias pair is recombined
     * ({@code virtio=AA:..}); {@code disk-size} values are printed with {@link Conversions#formatSize}.
     *
     * @param skip keys left out
     * @param path prefix of error keys
     * @throws FormatException {@code format error} with the error map if the data is invalid,
     *     {@code invalid key 'K'\n}, or {@code illegal value with commas for K\n}
     */
    public String print(JsonNode data, List<String> skip, String path) {
        if (!(data instanceof ObjectNode object)) {
            throw new FormatException("format error", Map.of(path.isEmpty() ? "_root" : path, "an object is required"));
        }
        Walker walker = new Walker(path);
        walker.object(props, object.deepCopy(), Node.Additional.ABSENT, null, null);
        if (walker.errors() != null) {
            throw new FormatException("format error", walker.errors().asMap());
        }
        return new PropertyStringPrinter(schemas, defaultKey).print(object, skip);
    }

    /** The one-line syntax (upstream {@code generate_typetext}); enums with more than 3 values only listed if {@code listEnums}. */
    public String typetext(boolean listEnums) {
        return TypeTexts.generate(schemas, listEnums);
    }

    /**
     * Parses and checks a property string.
     *
     * @param path prefix of the error keys ({@code net0} gives {@code net0.model})
     * @param additionalProperties whether keys outside the format are kept instead of refused
     * @param skip keys whose {@code key=value} parts are ignored
     * @throws FormatException upstream's message ({@code format error\n} with per-key errors)
     */
    public ObjectNode parse(String text, String path, boolean additionalProperties, List<String> skip) {
        ObjectNode res = JsonNodeFactory.instance.objectNode();
        boolean valueWithoutKey = false;
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? n : comma;
            if (!blank(text, start, end)) {
                valueWithoutKey |= part(res, text, start, end, skip, valueWithoutKey);
            }
            start = end + 1;
        }
        check(res, path, additionalProperties ? Node.Additional.ALLOW : Node.Additional.DENY);
        return validator == null ? res : validator.apply(res);
    }

    /**
     * The failure text of a property-string value inside validation ({@code check_format}), or
     * null if it is valid. Valid plain strings are checked without building the parsed object;
     * anything unusual takes the full path, which produces upstream's exact message.
     */
    String failure(String text, CharSequence path) {
        if (validator == null && allSimple && quickValid(text)) {
            return null;
        }
        try {
            parse(text, path.toString(), false, List.of());
            return null;
        } catch (FormatException e) {
            return e.text();
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    private boolean quickValid(String text) {
        String[] slots = new String[props.names.length];
        int n = text.length();
        for (int start = 0; start <= n; ) {
            int comma = text.indexOf(',', start);
            int end = comma < 0 ? n : comma;
            if (!blank(text, start, end) && !quickPart(slots, text, start, end)) {
                return false;
            }
            start = end + 1;
        }
        for (int i = 0; i < slots.length; i++) {
            Node node = props.nodes[i];
            String value = slots[i];
            if (value == null ? !node.optional && !node.group : !node.scalarOk(boolText(node, value))) {
                return false;
            }
        }
        return true;
    }

    private boolean quickPart(String[] slots, String text, int start, int end) {
        int eq = text.indexOf('=', start);
        int index;
        int valueStart;
        if (eq < 0 || eq >= end) {
            index = defaultIndex;
            valueStart = start;
        } else {
            index = keyIndex(text, start, eq);
            valueStart = eq + 1;
        }
        if (index < 0 || slots[index] != null || valueStart == end) {
            return false;
        }
        int newline = text.indexOf('\n', valueStart);
        if (newline >= 0 && newline < end) {
            return false;
        }
        slots[index] = text.substring(valueStart, end);
        return true;
    }

    private int keyIndex(String text, int start, int end) {
        String[] names = props.names;
        for (int i = 0; i < names.length; i++) {
            if (names[i].length() == end - start && text.regionMatches(start, names[i], 0, end - start)) {
                return props.nodes[i].alias ? -1 : i;
            }
        }
        return -1;
    }

    private static String boolText(Node node, String value) {
        if (node.kind != Node.Kind.BOOLEAN) {
            return value;
        }
        return switch (value) {
            case "1", "0" -> value;
            default -> Conversions.parseBoolean(value).map(b -> b ? "1" : "0").orElse(value);
        };
    }

    /** Handles one part; returns whether it was a value without key. */
    private boolean part(ObjectNode res, String text, int start, int end, List<String> skip, boolean seenValueWithoutKey) {
        int eq = text.indexOf('=', start);
        if (eq < 0 || eq >= end) {
            defaultValue(res, text.substring(start, end), seenValueWithoutKey);
            return true;
        }
        int valueEnd = end > eq + 1 && text.charAt(end - 1) == '\n' ? end - 1 : end;
        if (eq == start || valueEnd == eq + 1 || text.substring(eq + 1, valueEnd).indexOf('\n') >= 0) {
            throw new FormatException("missing key in comma-separated list property\n");
        }
        String key = text.substring(start, eq);
        if (skip.contains(key)) {
            return false;
        }
        keyValue(res, key, text.substring(eq + 1, valueEnd));
        return false;
    }

    private void keyValue(ObjectNode res, String key, String value) {
        if (defined(res, key)) {
            throw new FormatException("duplicate key in comma-separated list property: " + key + "\n");
        }
        Schema schema = schemas.get(key);
        String k = key;
        if (schema != null && schema.common().alias().isPresent()) {
            String keyAlias = schema.common().keyAlias().orElse(null);
            if (keyAlias != null) {
                if (defined(res, keyAlias)) {
                    throw new FormatException("key alias '" + keyAlias + "' is already defined\n");
                }
                res.put(keyAlias, key);
            }
            k = schema.common().alias().orElseThrow();
            schema = schemas.get(k);
            if (defined(res, k)) {
                throw new FormatException("key '" + k + "' is already defined (via alias)\n");
            }
            if (schema == null) {
                throw new FormatException("invalid key in comma-separated list property: " + k + "\n");
            }
        }
        res.set(k, convert(schema, value));
    }

    private void defaultValue(ObjectNode res, String value, boolean seenValueWithoutKey) {
        if (defaultKey == null) {
            throw new FormatException("value without key, but schema does not define a default key\n");
        }
        if (seenValueWithoutKey || defined(res, defaultKey)) {
            throw new FormatException("duplicate key in comma-separated list property: " + defaultKey + "\n");
        }
        res.set(defaultKey, convert(schemas.get(defaultKey), value));
    }

    private static JsonNode convert(Schema schema, String value) {
        if (schema instanceof BooleanSchema) {
            var b = Conversions.parseBoolean(value);
            if (b.isPresent()) {
                return IntNode.valueOf(b.get() ? 1 : 0);
            }
        }
        return StringNode.valueOf(value);
    }

    /** Upstream {@code check_object} over the format; throws {@code format error} with the error map. */
    void check(ObjectNode res, String path, Node.Additional additional) {
        Walker walker = new Walker(path);
        walker.object(props, res, additional, null, null);
        if (walker.errors() != null) {
            throw new FormatException("format error\n", walker.errors().asMap());
        }
    }

    private static boolean defined(ObjectNode res, String key) {
        return !PerlScalar.isUndefined(res.get(key));
    }

    private static boolean blank(String s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0b) {
                return false;
            }
        }
        return true;
    }
}
