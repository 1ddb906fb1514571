package dev.jpve.conformance;

import dev.jpve.cli.ArgParam;
import dev.jpve.cli.GetOptions;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code getopts} name: {@code {"schema", "argv", "arg_param"?, "fixed_param"?}} ->
 * {@code result} (upstream's {@code get_options}) or the exception's {@code msg} and {@code code}.
 */
final class GetoptsCases implements CaseHandler {
    @Override
    public void handle(ObjectNode input, ObjectNode result) throws Exception {
        Schema schema = Schema.fromJson(input.get("schema"));
        List<String> argv = new ArrayList<>();
        input.path("argv").forEach(a -> argv.add(PerlScalars.textOrEmpty(a)));
        Map<String, String> fixed = new LinkedHashMap<>();
        input.path("fixed_param").properties().forEach(e -> fixed.put(e.getKey(), PerlScalars.textOrEmpty(e.getValue())));
        try {
            result.set("result", GetOptions.parse(schema, argv, argParam(input.get("arg_param")), fixed, Map.of()));
        } catch (ApiException e) {
            ObjectNode fields = result.objectNode();
            fields.put("msg", e.msg());
            fields.put("code", e.code());
            throw new CaseFailure(fields);
        }
    }

    private static ArgParam argParam(JsonNode node) {
        if (node == null || node.isNull()) {
            return ArgParam.none();
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(n -> names.add(PerlScalars.textOrEmpty(n)));
            return new ArgParam.Positional(names);
        }
        return ArgParam.list(PerlScalars.textOrEmpty(node));
    }
}
