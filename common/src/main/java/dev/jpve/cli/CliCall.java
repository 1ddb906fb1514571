package dev.jpve.cli;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.AnySchema;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One API method called from a command line (upstream's {@code cli_handler}): options parsed
 * with the method's schema, mapped parameters applied, formatter options split off, then the
 * same {@link ApiHandler#handle} the REST API uses, with result verification on.
 */
public final class CliCall {

    /**
     * What the call returned.
     *
     * @param result the method's result
     * @param formatterParams the formatter options that were given
     */
    public record Result(JsonNode result, ObjectNode formatterParams) {}

    private CliCall() {}

    /**
     * Runs a command with its arguments.
     *
     * @param command the command
     * @param prefix the command line that names it ({@code my-tool status}), for the usage
     *     attached to parameter errors
     * @param args the arguments after the command words
     * @param mappings the parameter mappings of the method
     * @param env the caller
     * @throws ApiException 400 with the short usage attached for bad arguments or parameters;
     *     whatever the method throws otherwise
     */
    public static Result run(Command command, String prefix, List<String> args, List<ParamMapping> mappings,
            RestEnvironment env) {
        Objects.requireNonNull(command, "command");
        Map<String, ParamMapping> byName = new LinkedHashMap<>();
        mappings.forEach(m -> byName.put(m.name(), m));
        try {
            return call(command, args, byName, env);
        } catch (ApiException e) {
            if (e.code() != 400) {
                throw e;
            }
            throw e.withUsage(CommandUsage.of(command, prefix, UsageFormat.SHORT, byName));
        }
    }

    private static Result call(Command command, List<String> args, Map<String, ParamMapping> mappings,
            RestEnvironment env) {
        ApiMethod method = command.method();
        Schema schema = optionSchema(method, command.formatterProps());
        Map<String, UnaryOperator<String>> interactive = new LinkedHashMap<>();
        mappings.values().stream().filter(ParamMapping::interactive).forEach(m -> interactive.put(m.name(), m.func()));
        ObjectNode params = GetOptions.parse(schema, args, command.argParam(), command.fixed(), interactive);
        ObjectNode formatterParams = JsonNodeFactory.instance.objectNode();
        for (String key : command.formatterProps().keySet()) {
            JsonNode value = params.remove(key);
            if (value != null) {
                formatterParams.set(key, value);
            }
        }
        checkFormatterParams(command, formatterParams);
        mappings.values().stream().filter(m -> !m.interactive()).forEach(m -> apply(m, params));
        JsonNode result = command.handler().handle(method, params, env, true);
        return new Result(result, formatterParams);
    }

    /** Upstream does not check these and fails later in the printer; a parameter error is clearer. */
    private static void checkFormatterParams(Command command, ObjectNode formatterParams) {
        if (formatterParams.isEmpty()) {
            return;
        }
        ObjectSchema.Builder schema = ObjectSchema.builder();
        command.formatterProps().forEach((k, v) -> schema.property(k, v.withOptional()));
        dev.jpve.schema.Validator.of(schema.build(), command.handler().formats()).validate(formatterParams);
    }

    private static Schema optionSchema(ApiMethod method, Map<String, Schema> formatterProps) {
        Schema parameters = method.parameters().orElseGet(() -> ObjectSchema.builder().build());
        if (formatterProps.isEmpty()) {
            return parameters;
        }
        ObjectSchema.Builder extra = ObjectSchema.builder();
        formatterProps.forEach(extra::property);
        return AnySchema.builder().allOf(parameters, extra.build()).build();
    }

    private static void apply(ParamMapping mapping, ObjectNode params) {
        JsonNode value = params.get(mapping.name());
        if (!PerlScalar.isUndefined(value) && value.isValueNode()) {
            params.put(mapping.name(), mapping.func().apply(PerlScalar.text(value)));
        }
    }
}
