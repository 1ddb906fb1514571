package dev.jpve.conformance;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.FormatException;
import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import dev.jpve.schema.Validator;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The {@code validate} conformance name: upstream {@code validate} and {@code check_format}. */
final class ValidateCases implements CaseHandler {
    private final Formats formats = Formats.standard();

    @Override
    public void handle(ObjectNode input, ObjectNode result) throws CaseFailure {
        if (input.path("op").asString("").equals("check_format")) {
            checkFormat(input, result);
        } else {
            validate(input, result);
        }
    }

    private void checkFormat(ObjectNode input, ObjectNode result) throws CaseFailure {
        try {
            result.set("result", formats.check(SchemaCaseSupport.formatSpec(input.get("format")),
                    SchemaCaseSupport.text(input.get("value"), "value")));
        } catch (FormatException e) {
            throw SchemaCaseSupport.failure(e);
        }
    }

    private void validate(ObjectNode input, ObjectNode result) throws CaseFailure {
        JsonNode value = input.has("value") ? input.get("value").deepCopy() : null;
        try {
            if (!input.path("schema").isObject()) {
                throw ApiException.param(Map.of("_root", "Invalid schema definition."));
            }
            Validator validator = Validator.of(Schema.fromJson(input.get("schema")), formats);
            if (input.hasNonNull("errmsg")) {
                validator.validate(value, input.get("errmsg").asString());
            } else {
                validator.validate(value);
            }
        } catch (ApiException e) {
            throw SchemaCaseSupport.failure(e);
        }
        result.set("value_after", value);
    }
}
