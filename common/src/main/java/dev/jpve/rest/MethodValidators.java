package dev.jpve.rest;

import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.Formats;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StringSchema;
import dev.jpve.schema.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A method's compiled parameter and result validators and the steps of upstream's {@code handle}. */
record MethodValidators(Optional<Validator> parameters, Optional<Validator> returns) {
    private static final String RESULT_MESSAGE = "Result verification failed\n";

    static MethodValidators of(ApiMethod method, Formats formats) {
        return new MethodValidators(method.parameters().map(s -> Validator.of(s, formats)),
                method.returns().map(s -> Validator.of(s, formats)));
    }

    /** Resolves the type, normalises legacy forms and validates, changing {@code params} in place. */
    void checkParameters(ApiMethod method, ObjectNode params) {
        if (parameters.isEmpty()) {
            return;
        }
        method.resolveType().ifPresent(resolver -> resolveType(resolver, params));
        normaliseLegacy(parameters.get().schema().propertyMap(), params);
        parameters.get().validate(params);
    }

    void checkResult(JsonNode result) {
        returns.ifPresent(v -> v.validate(result, RESULT_MESSAGE));
    }

    private static void resolveType(java.util.function.Function<ObjectNode, Optional<String>> resolver,
            ObjectNode params) {
        if (PerlScalar.isUndefined(params.get("type"))) {
            resolver.apply(params.deepCopy()).ifPresent(t -> params.put("type", t));
        }
    }

    private static void normaliseLegacy(Map<String, Schema> properties, ObjectNode params) {
        List<String> keys = new ArrayList<>(params.propertyNames());
        for (String key : keys) {
            Schema prop = properties.get(key);
            JsonNode value = params.get(key);
            if (prop == null || !PerlScalar.isTruthy(value)) {
                continue;
            }
            if (prop instanceof StringSchema && value.isArray() && isListFormat(prop)) {
                List<String> parts = new ArrayList<>();
                value.forEach(v -> parts.add(PerlScalar.text(v)));
                params.put(key, String.join(",", parts));
            } else if (prop instanceof ArraySchema && !value.isArray() && !value.isObject()) {
                ArrayNode list = JsonNodeFactory.instance.arrayNode();
                list.add(value);
                params.set(key, list);
            }
        }
    }

    private static boolean isListFormat(Schema prop) {
        return prop.scalarRules().format().filter(f -> f instanceof FormatSpec.Named n && n.name().endsWith("-list"))
                .isPresent();
    }
}
