package dev.jpve.conformance;

import dev.jpve.schema.FormatException;
import dev.jpve.schema.Formats;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.PropertyStringFormat;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code propstr} conformance name: {@code parse_property_string} and {@code print_property_string}. */
final class PropstrCases implements CaseHandler {
    private final Formats formats = Formats.standard();

    @Override
    public void handle(ObjectNode input, ObjectNode result) throws CaseFailure {
        String op = input.path("op").asString("parse");
        try {
            switch (op) {
                case "parse" -> result.set("result", parse(input));
                case "print" -> result.put("result", print(input));
                default -> throw new IllegalArgumentException("unknown op: " + op);
            }
        } catch (FormatException e) {
            throw SchemaCaseSupport.failure(e);
        }
    }

    private JsonNode parse(ObjectNode input) {
        String text = SchemaCaseSupport.text(input.get("string"), "string");
        boolean additional = PerlScalar.isTruthy(input.get("additional_properties"));
        return format(input.get("format"), true).parse(text, "", additional, skip(input));
    }

    private String print(ObjectNode input) {
        return format(input.get("format"), false).print(input.get("data"), skip(input), "");
    }

    private PropertyStringFormat format(JsonNode format, boolean parsing) {
        if (format != null && format.isObject()) {
            return PropertyStringFormat.of(SchemaCaseSupport.hash(format), formats);
        }
        String name = SchemaCaseSupport.text(format, "format");
        if (!parsing && formats.hash(name).isEmpty()) {
            throw new FormatException("not a valid format: " + name + "\n");
        }
        return PropertyStringFormat.named(name, formats);
    }

    private static List<String> skip(ObjectNode input) {
        List<String> skip = new ArrayList<>();
        input.path("skip").forEach(k -> skip.add(k.asString()));
        return skip;
    }
}
