package dev.jpve.schema;

import dev.jpve.tools.TextEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Simple {@code KEY: VALUE} config files described by an object schema: upstream's
 * {@code PVE::JSONSchema::parse_config} and {@code dump_config}.
 *
 * <p>Parsing is forgiving, as upstream's: a line that is no {@code KEY: VALUE} is ignored with a
 * warning, and a key whose value does not validate is dropped with a warning
 * ({@code parse error in 'FILE' - 'KEY': MSG}). Dumping is strict: an invalid object is refused
 * with {@code validation error in 'FILE'\n}.
 *
 * @param schema an object schema with {@code properties}
 * @param formats the format registry its properties use
 * @param commentKey the property that collects comment lines, if any
 */
public record KeyValueConfig(ObjectSchema schema, Formats formats, Optional<String> commentKey) {
    private static final Pattern KEY_VALUE = Pattern.compile("^(\\S+?):\\s*(.*)$");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Checks the components. */
    public KeyValueConfig {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(formats, "formats");
        Objects.requireNonNull(commentKey, "commentKey");
        if (schema.properties().isEmpty()) {
            throw new IllegalArgumentException("got strange schema");
        }
    }

    /** A config without a comment key. */
    public static KeyValueConfig of(ObjectSchema schema, Formats formats) {
        return new KeyValueConfig(schema, formats, Optional.empty());
    }

    /**
     * Parses {@code raw}; warnings (ignored lines, dropped keys) go to {@code warnings}.
     *
     * @param filename the file's name, used in warnings
     */
    public ObjectNode parse(String filename, String raw, Consumer<String> warnings) {
        ObjectNode config = NODES.objectNode();
        StringBuilder comments = new StringBuilder();
        for (String rawLine : raw.split("\n", -1)) {
            String line = rawLine.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("#")) {
                comments.append(TextEncoding.decode(line.substring(1))).append('\n');
                continue;
            }
            Matcher m = KEY_VALUE.matcher(line);
            if (!m.matches()) {
                warnings.accept("ignore config line: " + line);
            } else if (commentKey.filter(m.group(1)::equals).isPresent()) {
                comments.append(TextEncoding.decode(m.group(2))).append('\n');
            } else {
                set(config, m.group(1), m.group(2));
            }
        }
        commentKey.filter(k -> !comments.isEmpty()).ifPresent(k -> config.put(k, comments.toString()));
        dropInvalid(filename, config, warnings);
        return config;
    }

    /**
     * The file text: {@code KEY: VALUE} lines in sorted key order (one line per element of an
     * array property).
     *
     * @throws ApiException {@code validation error in 'FILE'\n} with the error map
     */
    public String dump(String filename, ObjectNode config) {
        Validator.of(schema, formats).validate(config, "validation error in '" + filename + "'\n");
        StringBuilder out = new StringBuilder();
        Map<String, JsonNode> sorted = new TreeMap<>();
        config.properties().forEach(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((key, value) -> {
            if (value.isArray()) {
                value.forEach(item -> out.append(key).append(": ").append(item.asString()).append('\n'));
            } else {
                out.append(key).append(": ").append(value.asString()).append('\n');
            }
        });
        return out.toString();
    }

    private void set(ObjectNode config, String key, String value) {
        Schema property = schema.propertyMap().get(key);
        if (property instanceof ArraySchema) {
            JsonNode existing = config.get(key);
            ArrayNode list = existing instanceof ArrayNode a ? a : config.putArray(key);
            list.add(value);
        } else if (property instanceof BooleanSchema) {
            config.set(key, Conversions.parseBoolean(value).<JsonNode>map(b -> NODES.numberNode(b ? 1 : 0))
                    .orElse(NODES.stringNode(value)));
        } else {
            config.put(key, value);
        }
    }

    private void dropInvalid(String filename, ObjectNode config, Consumer<String> warnings) {
        Map<String, String> errors = Validator.of(schema, formats).errors(config);
        List<String> dropped = new ArrayList<>();
        errors.forEach((path, message) -> {
            String key = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            warnings.accept("parse error in '" + filename + "' - '" + key + "': " + message);
            dropped.add(key);
        });
        dropped.forEach(config::remove);
    }
}
