package dev.jpve.conformance;

import dev.jpve.schema.Schema;
import dev.jpve.section.ParseError;
import dev.jpve.section.SectionConfig;
import dev.jpve.section.SectionConfigData;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code sectionconfig} name: {@code parse}, {@code write}, {@code roundtrip},
 * {@code check_config}, {@code create_schema} and {@code update_schema} over the fixed plugin set
 * of {@link SectionConfigFixture}. Errors are upstream's {@code die} texts in {@code error}.
 */
final class SectionConfigCases implements CaseHandler {
    private static final String DEFAULT_FILENAME = "test.cfg";
    private final SectionConfig config = SectionConfigFixture.build();

    @Override
    public void handle(ObjectNode input, ObjectNode result) {
        String op = PerlScalars.textOrEmpty(input.get("op"));
        switch (op) {
            case "parse" -> parse(input, result);
            case "write" -> result.put("result", config.write(filename(input), data(input.path("cfg")),
                    PerlScalars.truthy(input.get("allow_unknown"))));
            case "roundtrip" -> roundtrip(input, result);
            case "check_config" -> result.set("result", checkConfig(input));
            case "create_schema" -> result.set("result", config.createSchema(
                    PerlScalars.truthy(input.get("skip_type")), base(input)).toJson());
            case "update_schema" -> result.set("result", config.updateSchema(
                    PerlScalars.text(input.get("single_type")), base(input)).toJson());
            default -> throw new IllegalArgumentException("unknown op: " + op);
        }
    }

    private void parse(ObjectNode input, ObjectNode result) {
        SectionConfigData data = config.parse(filename(input), PerlScalars.textOrEmpty(input.get("raw")),
                PerlScalars.truthy(input.get("allow_unknown")));
        ObjectNode parsed = result.putObject("result");
        ObjectNode ids = parsed.putObject("ids");
        data.ids().forEach((id, section) -> ids.set(id, section == null ? ids.nullNode() : section));
        ObjectNode order = parsed.putObject("order");
        data.order().forEach(order::put);
        parsed.put("digest", data.digest());
        if (!data.errors().isEmpty()) {
            ArrayNode errors = parsed.putArray("errors");
            for (ParseError e : data.errors()) {
                errors.addObject().put("context", e.context()).put("section", e.section()).put("key", e.key())
                        .put("err", e.err());
            }
        }
        warnings(result, data);
    }

    private void roundtrip(ObjectNode input, ObjectNode result) {
        boolean allowUnknown = PerlScalars.truthy(input.get("allow_unknown"));
        SectionConfigData data = config.parse(filename(input), PerlScalars.textOrEmpty(input.get("raw")), allowUnknown);
        result.put("result", config.write(filename(input), data, allowUnknown));
        warnings(result, data);
    }

    private static void warnings(ObjectNode result, SectionConfigData data) {
        ArrayNode warnings = result.putArray("warnings");
        data.warnings().forEach(warnings::add);
    }

    private ObjectNode checkConfig(ObjectNode input) {
        JsonNode section = input.path("config");
        if (!(section instanceof ObjectNode sectionConfig)) {
            throw new IllegalArgumentException("config: an object is required");
        }
        String type = PerlScalars.text(input.get("type"))
                .or(() -> PerlScalars.text(sectionConfig.get("type"))).orElse("");
        return config.checkConfig(type, PerlScalars.textOrEmpty(input.get("section_id")), sectionConfig.deepCopy(),
                PerlScalars.truthy(input.get("create")), PerlScalars.truthy(input.get("skip_schema_check")));
    }

    private static String filename(ObjectNode input) {
        return PerlScalars.text(input.get("filename")).orElse(DEFAULT_FILENAME);
    }

    private static SectionConfigData data(JsonNode cfg) {
        Map<String, ObjectNode> ids = new LinkedHashMap<>();
        cfg.path("ids").properties().forEach(e -> ids.put(e.getKey(),
                e.getValue() instanceof ObjectNode o ? o : null));
        Map<String, Integer> order = new LinkedHashMap<>();
        cfg.path("order").properties().forEach(e -> order.put(e.getKey(), e.getValue().asInt()));
        return SectionConfigData.of(ids, order);
    }

    private static Map<String, Schema> base(ObjectNode input) {
        Map<String, Schema> base = new LinkedHashMap<>();
        Optional.ofNullable(input.get("base")).ifPresent(b -> b.properties()
                .forEach(e -> base.put(e.getKey(), Schema.fromJson(e.getValue()))));
        return base;
    }
}
