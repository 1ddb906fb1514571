package dev.jpve.node.shell;

import dev.jpve.cli.StandardOutputOptions;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StringSchema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.StringNode;

/**
 * The options of jpvesh's commands: those of the method at the path (without the ones the path
 * binds), {@code api_path}, {@code noproxy} and the standard output options.
 */
final class ShellOptions {
    /** The completion function name of {@code api_path}. */
    static final String API_PATH_COMPLETION = "jpvesh-api-path";

    private ShellOptions() {}

    /**
     * The options of {@code get|set|create|delete|ls} for the method found at the path.
     *
     * @param match the method at the command line's path, if any
     * @return the properties, and whether the standard output options were added (not when the
     *     method has a parameter of the same name)
     */
    static Options forPath(Optional<HandlerMatch> match) {
        Map<String, Schema> props = new LinkedHashMap<>();
        match.flatMap(m -> m.method().parameters()).ifPresent(p -> {
            if (p instanceof ObjectSchema o) {
                o.propertyMap().forEach((k, v) -> {
                    if (!match.get().uriParams().containsKey(k)) {
                        props.put(k, v);
                    }
                });
            }
        });
        props.put("api_path", apiPath());
        props.put("noproxy", BooleanSchema.builder().description("Disable automatic proxying.").optional().build());
        for (String opt : StandardOutputOptions.ALL.keySet()) {
            if (props.containsKey(opt)) {
                return new Options(props, false);
            }
        }
        return new Options(StandardOutputOptions.add(props), true);
    }

    /** The options of {@code usage}. */
    static Map<String, Schema> usageProperties() {
        Map<String, Schema> props = new LinkedHashMap<>();
        props.put("api_path", apiPath());
        props.put("verbose", BooleanSchema.builder().description("Verbose output format.").optional().build());
        props.put("returns", BooleanSchema.builder().description("Including schema for returned data.").optional()
                .build());
        props.put("command", StringSchema.builder().description("API command.").enumValues("create", "delete", "get",
                "set").optional().build());
        return props;
    }

    private static Schema apiPath() {
        StringSchema s = StringSchema.builder().description("API path.").build();
        return s.withCommon(s.common().toBuilder().completion(StringNode.valueOf(API_PATH_COMPLETION)).build());
    }

    /**
     * The options of a command.
     *
     * @param properties the options
     * @param standardAdded whether the standard output options are among them
     */
    record Options(Map<String, Schema> properties, boolean standardAdded) {}
}
