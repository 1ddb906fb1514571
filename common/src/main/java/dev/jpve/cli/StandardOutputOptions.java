package dev.jpve.cli;

import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The options every CLI command that prints a result accepts (upstream's
 * {@code $standard_output_options}): {@code output-format}, {@code noheader}, {@code noborder},
 * {@code quiet} and {@code human-readable}. They are handed to the CLI as formatter properties;
 * the help text lists them as {@code [FORMAT_OPTIONS]}.
 */
public final class StandardOutputOptions {
    /** {@code output-format}: the {@code pve-output-format} standard option. */
    public static final String OUTPUT_FORMAT = "output-format";

    /** The options by name, in upstream's definition order. */
    public static final Map<String, Schema> ALL = all();

    private StandardOutputOptions() {}

    private static Map<String, Schema> all() {
        Map<String, Schema> m = new LinkedHashMap<>();
        m.put(OUTPUT_FORMAT, StandardOptions.PVE_OUTPUT_FORMAT);
        m.put("noheader", BooleanSchema.builder().description("Do not show column headers (for 'text' format).")
                .optional().defaultValue(0).build());
        m.put("noborder", BooleanSchema.builder().description("Do not draw borders (for 'text' format).")
                .optional().defaultValue(0).build());
        m.put("quiet", BooleanSchema.builder().description("Suppress printing results.").optional().build());
        m.put("human-readable", BooleanSchema.builder()
                .description("Call output rendering functions to produce human readable text.")
                .optional().defaultValue(1).build());
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Whether {@code name} is one of the standard output options. */
    public static boolean isStandard(String name) {
        return ALL.containsKey(name);
    }

    /** The schema of one standard output option. */
    public static Optional<Schema> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /**
     * Upstream {@code add_standard_output_properties(props)}: a copy of {@code props} with every
     * standard output option added.
     *
     * @throws IllegalArgumentException {@code detected overwriten standard CLI parameter 'X'\n}
     *     (sic) if {@code props} already has one of them
     */
    public static Map<String, Schema> add(Map<String, Schema> props) {
        return add(props, List.copyOf(ALL.keySet()));
    }

    /**
     * Upstream {@code add_standard_output_properties(props, list)}: a copy of {@code props} with
     * the named standard output options added.
     *
     * @throws IllegalArgumentException {@code no such standard output option 'X'\n} for an
     *     unknown name, {@code detected overwriten standard CLI parameter 'X'\n} (sic) if the
     *     option is already in {@code props} (or named twice)
     */
    public static Map<String, Schema> add(Map<String, Schema> props, List<String> names) {
        Map<String, Schema> result = new LinkedHashMap<>(Objects.requireNonNull(props, "props"));
        for (String name : names) {
            Schema schema = find(name).orElseThrow(
                    () -> new IllegalArgumentException("no such standard output option '" + name + "'\n"));
            if (result.containsKey(name)) {
                throw new IllegalArgumentException("detected overwriten standard CLI parameter '" + name + "'\n");
            }
            result.put(name, schema);
        }
        return result;
    }

    /**
     * Upstream {@code extract_standard_output_properties(data)}: removes the standard output
     * options with a defined (non-null) value from {@code data} and returns them.
     */
    public static ObjectNode extract(ObjectNode data) {
        ObjectNode options = JsonNodeFactory.instance.objectNode();
        for (String name : ALL.keySet()) {
            JsonNode value = data.get(name);
            if (value != null && !value.isNull()) {
                options.set(name, data.remove(name));
            }
        }
        return options;
    }
}
