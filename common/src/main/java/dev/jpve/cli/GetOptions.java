package dev.jpve.cli;

import dev.jpve.cli.SchemaProperties.Entry;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.Conversions;
import dev.jpve.schema.Schema;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Upstream's {@code get_options}: a command line to a parameter object, driven by the method's
 * schema. Every property becomes an option ({@code --name value}; booleans take an optional
 * value, arrays and {@code -list} formats repeat); positional arguments fill {@link ArgParam};
 * fixed parameters are set last and are not options. No validation happens here: the method
 * call validates afterwards. Failures are {@link ApiException}s with code 400 and upstream's
 * texts ({@code unable to parse option\n}, {@code not enough arguments\n},
 * {@code too many arguments\n}, {@code unable to parse boolean option\n}).
 *
 * {@snippet :
 * ObjectNode params = GetOptions.parse(schema, List.of("100", "--force"), ArgParam.positional("vmid"),
 *         Map.of("node", "n1"), Map.of());   // {"vmid":"100","force":1,"node":"n1"}
 * }
 */
public final class GetOptions {
    private static final String EXTRA_ARGS = "extra-args";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GetOptions() {}

    /**
     * Parses {@code args}.
     *
     * @param schema the method's parameter schema
     * @param args the command line after the command name
     * @param argParam which parameters take positional arguments
     * @param fixed parameters set by the command definition (not options)
     * @param interactive parameter mappings (such as a password prompt): called with the given
     *     value ({@code ""} when the option had none) when the option was given or is required
     */
    public static ObjectNode parse(Schema schema, List<String> args, ArgParam argParam,
            Map<String, String> fixed, Map<String, UnaryOperator<String>> interactive) {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(argParam, "argParam");
        Objects.requireNonNull(fixed, "fixed");
        Objects.requireNonNull(interactive, "interactive");
        if (!schema.isObjectLike()) {
            if (!args.isEmpty()) {
                throw ApiException.of(400, "too many arguments\n");
            }
            return NODES.objectNode();
        }
        List<Entry> entries = SchemaProperties.of(schema);
        checkAliases(entries);
        if (argParam instanceof ArgParam.ListParam list) {
            checkListFormat(entries, list.name());
        }
        GetoptParser.Result parsed = parseOptions(entries, args, argParam, fixed, interactive);
        Map<String, Object> values = new LinkedHashMap<>(parsed.values());
        assignPositional(entries, values, parsed.positional(), argParam);
        applyInteractive(entries, values, interactive);
        postProcess(entries, values);
        values.putAll(fixed);
        return toJson(values);
    }

    private static void checkAliases(List<Entry> entries) {
        Set<String> regular = new HashSet<>();
        Set<String> aliases = new HashSet<>();
        for (Entry e : entries) {
            (e.schema().common().alias().isPresent() ? aliases : regular).add(e.name());
        }
        for (String name : aliases) {
            if (regular.contains(name)) {
                throw new IllegalArgumentException("property '" + name + "' exists as an alias and a regular option\n");
            }
        }
    }

    private static void checkListFormat(List<Entry> entries, String name) {
        boolean listFormat = entries.stream().anyMatch(e -> e.name().equals(name) && e.hasListFormat());
        if (!listFormat) {
            throw new IllegalArgumentException("expected list format for the list parameter '" + name + "'\n");
        }
    }

    private static GetoptParser.Result parseOptions(List<Entry> entries, List<String> args, ArgParam argParam,
            Map<String, String> fixed, Map<String, UnaryOperator<String>> interactive) {
        Map<String, OptionSpec> specs = new LinkedHashMap<>();
        for (Entry e : entries) {
            if (fixed.containsKey(e.name())
                    || (argParam instanceof ArgParam.ListParam l && l.name().equals(e.name()))) {
                continue;
            }
            specs.merge(e.name(), new OptionSpec(e.name(), arity(e, interactive)), GetOptions::merge);
        }
        try {
            return new GetoptParser(specs).parse(args);
        } catch (GetoptException e) {
            System.err.println(e.getMessage());
            throw ApiException.of(400, "unable to parse option\n");
        }
    }

    private static OptionSpec.Arity arity(Entry e, Map<String, UnaryOperator<String>> interactive) {
        if (interactive.containsKey(e.name()) || e.isBoolean()) {
            return OptionSpec.Arity.OPTIONAL_VALUE;
        }
        return e.isArray() || e.hasListFormat() ? OptionSpec.Arity.REPEATABLE : OptionSpec.Arity.MANDATORY_VALUE;
    }

    /** Declarations of one name in several variants: repeatable wins, then optional value. */
    private static OptionSpec merge(OptionSpec a, OptionSpec b) {
        return a.arity().compareTo(b.arity()) >= 0 ? a : b;
    }

    private static void assignPositional(List<Entry> entries, Map<String, Object> values, List<String> positional,
            ArgParam argParam) {
        switch (argParam) {
            case ArgParam.None n -> {
                if (!positional.isEmpty()) {
                    throw ApiException.of(400, "too many arguments\n");
                }
            }
            case ArgParam.ListParam l -> {
                if (!positional.isEmpty()) {
                    values.put(l.name(), List.copyOf(positional));
                }
            }
            case ArgParam.Positional p -> assignInOrder(entries, values, positional, p.names());
        }
    }

    private static void assignInOrder(List<Entry> entries, Map<String, Object> values, List<String> positional,
            List<String> names) {
        int next = 0;
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.equals(EXTRA_ARGS)) {
                if (i != names.size() - 1) {
                    throw new IllegalArgumentException("internal error: extra-args must be the last argument\n");
                }
                values.put(name, List.copyOf(positional.subList(next, positional.size())));
                next = positional.size();
            } else if (next < positional.size()) {
                values.put(name, positional.get(next++));
            } else if (SchemaProperties.find(entries, name, values).filter(e -> !e.schema().isOptional()).isPresent()) {
                throw ApiException.of(400, "not enough arguments\n");
            }
        }
        if (next < positional.size()) {
            throw ApiException.of(400, "too many arguments\n");
        }
    }

    private static void applyInteractive(List<Entry> entries, Map<String, Object> values,
            Map<String, UnaryOperator<String>> interactive) {
        interactive.forEach((name, mapping) -> {
            boolean required = SchemaProperties.find(entries, name, values)
                    .filter(e -> !e.schema().isOptional()).isPresent();
            if (values.containsKey(name) || required) {
                values.put(name, mapping.apply((String) values.getOrDefault(name, "")));
            }
        });
    }

    private static void postProcess(List<Entry> entries, Map<String, Object> values) {
        for (Map.Entry<String, Object> kv : values.entrySet()) {
            SchemaProperties.find(entries, kv.getKey(), values).ifPresent(e -> kv.setValue(normalise(e, kv.getValue())));
        }
    }

    private static Object normalise(Entry e, Object value) {
        if (e.isBoolean() && value instanceof String text) {
            if (text.isEmpty()) {
                return 1;
            }
            return Conversions.parseBoolean(text).map(b -> b ? 1 : 0)
                    .orElseThrow(() -> ApiException.of(400, "unable to parse boolean option\n"));
        }
        if (value instanceof List<?> list && e.hasListFormat()) {
            return String.join(",", list.stream().map(String.class::cast).toList());
        }
        if (value instanceof List<?> list && !e.isArray() && list.size() == 1) {
            return list.get(0);
        }
        return value;
    }

    private static ObjectNode toJson(Map<String, Object> values) {
        ObjectNode object = NODES.objectNode();
        values.forEach((name, value) -> {
            switch (value) {
                case Integer i -> object.put(name, i);
                case List<?> list -> {
                    ArrayNode array = object.putArray(name);
                    list.forEach(item -> array.add((String) item));
                }
                default -> object.put(name, value.toString());
            }
        });
        return object;
    }
}
