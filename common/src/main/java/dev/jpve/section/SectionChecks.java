package dev.jpve.section;

import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.Formats;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import dev.jpve.schema.Validator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Upstream {@code check_value} and {@code check_config} over a {@link Registry}, with the validators compiled once. */
final class SectionChecks {
    private final Registry registry;
    private final SectionHooks hooks;
    /** Type to key to the validator of a value (the {@code items} schema for arrays); absent: array without items. */
    private final Map<String, Map<String, Optional<Validator>>> validators = new HashMap<>();

    SectionChecks(Registry registry, SectionHooks hooks, Formats formats) {
        this.registry = registry;
        this.hooks = hooks;
        registry.options().forEach((type, opts) -> {
            Map<String, Optional<Validator>> byKey = new HashMap<>();
            opts.keySet().forEach(key -> byKey.put(key, compile(registry.propertySchema(type, key), formats)));
            validators.put(type, byKey);
        });
    }

    private static Optional<Validator> compile(Schema schema, Formats formats) {
        Optional<Schema> check = schema instanceof ArraySchema a ? a.items() : Optional.of(schema);
        return check.map(s -> Validator.of(s, formats));
    }

    /** Upstream {@code check_value}; a null value is undefined. */
    JsonNode checkValue(String type, String key, JsonNode value, boolean skipSchemaCheck) {
        if (key.equals("type") && value != null && PerlScalar.isScalar(value) && PerlScalar.text(value).equals(type)) {
            return value;
        }
        Map<String, PluginOption> opts = registry.options().get(type);
        if (opts == null) {
            throw new SectionConfigException("unknown section type '" + type + "'\n");
        }
        if (!opts.containsKey(key)) {
            throw new SectionConfigException("unexpected property '" + key + "'\n");
        }
        Schema schema = registry.propertySchema(type, key);
        if (schema == null) {
            throw new SectionConfigException("unknown property type\n");
        }
        String kind = schema.typeName().orElse("");
        if (kind.equals("boolean") && PerlScalar.isUndefined(value)) {
            value = JsonNodeFactory.instance.numberNode(1);
        }
        if (PerlScalar.isUndefined(value)) {
            throw new SectionConfigException("got undefined value\n");
        }
        if (hasLineFeed(value)) {
            throw new SectionConfigException("property contains a line feed\n");
        }
        if (!skipSchemaCheck) {
            validate(type, key, value);
        }
        return switch (kind) {
            case "boolean", "integer", "number" -> PerlNumbers.numify(value);
            default -> value;
        };
    }

    private void validate(String type, String key, JsonNode value) {
        Validator validator = validators.get(type).get(key)
                .orElseThrow(() -> new IllegalStateException("no item schema for array"));
        Map<String, String> errors = validator.errors(value);
        if (errors.isEmpty()) {
            return;
        }
        String message = truthy(errors.get(key)) ? errors.get(key)
                : truthy(errors.get("_root")) ? errors.get("_root") : "unknown error";
        throw new SectionConfigException(message + "\n");
    }

    private static boolean truthy(String s) {
        return s != null && !s.isEmpty() && !s.equals("0");
    }

    /** Whether the value's Perl string form has a CR or LF (references never do). */
    static boolean hasLineFeed(JsonNode value) {
        if (!PerlScalar.isScalar(value)) {
            return false;
        }
        String text = PerlScalar.text(value);
        return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
    }

    /** Upstream {@code check_config} of plugin {@code type}, then the plugin's own check. */
    ObjectNode checkConfig(String type, String sectionId, ObjectNode config, boolean create, boolean skipSchemaCheck) {
        Map<String, PluginOption> opts = registry.options().getOrDefault(type, Map.of());
        ObjectNode settings = JsonNodeFactory.instance.objectNode().put("type", type);
        for (Map.Entry<String, JsonNode> e : config.properties()) {
            String key = e.getKey();
            PluginOption opt = opts.get(key);
            if (!create && opt != null && opt.fixed()) {
                throw new SectionConfigException("can't change value of fixed parameter '" + key + "'\n");
            }
            if (PerlScalar.isUndefined(e.getValue())) {
                throw new SectionConfigException("got undefined value for option '" + key + "'\n");
            }
            JsonNode checked = checkValue(type, key, e.getValue(), skipSchemaCheck);
            settings.set(key, hooks.decodeValue(type, key, checked));
        }
        if (create) {
            new TreeMap<>(opts).forEach((key, opt) -> {
                if (!opt.optional() && PerlScalar.isUndefined(config.get(key))) {
                    throw new SectionConfigException("missing value for required option '" + key + "'\n");
                }
            });
        }
        SectionPlugin plugin = registry.plugins().get(type);
        return plugin == null ? settings
                : plugin.check().map(c -> c.check(sectionId, settings, create)).orElse(settings);
    }
}
