package dev.jpve.conformance;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.FormatException;
import dev.jpve.schema.FormatSpec;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Shared conversions of the schema conformance names: formats from JSON, exceptions to failure fields. */
final class SchemaCaseSupport {
    private SchemaCaseSupport() {}

    /** A {@code format} field: a registered name or an inline hash format. */
    static FormatSpec formatSpec(JsonNode format) {
        if (format != null && format.isObject()) {
            return new FormatSpec.Inline(hash(format));
        }
        if (format == null || !PerlScalar.isScalar(format)) {
            throw new IllegalArgumentException("format: expected a name or a hash format");
        }
        return new FormatSpec.Named(PerlScalar.text(format));
    }

    /** A hash format: key to property schema. */
    static Map<String, Schema> hash(JsonNode format) {
        Map<String, Schema> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : format.properties()) {
            map.put(e.getKey(), Schema.fromJson(e.getValue()));
        }
        return map;
    }

    /** A scalar field as Perl text ({@code 5} gives {@code "5"}). */
    static String text(JsonNode node, String field) {
        if (node == null || !PerlScalar.isScalar(node)) {
            throw new IllegalArgumentException(field + ": expected a string");
        }
        return PerlScalar.text(node);
    }

    /** The failure fields of an ApiException. */
    static CaseFailure failure(ApiException e) {
        ObjectNode fields = Main.JSON.createObjectNode();
        fields.put("msg", e.msg());
        if (!e.errors().isEmpty()) {
            ObjectNode errors = fields.putObject("errors");
            e.errors().forEach(errors::put);
        }
        if (e.code() != 0) {
            fields.put("code", e.code());
        }
        return new CaseFailure(fields);
    }

    /** The failure fields of a format failure: a raised exception with errors, or a plain error text. */
    static CaseFailure failure(FormatException e) {
        ObjectNode fields = Main.JSON.createObjectNode();
        if (e.errors().isEmpty()) {
            fields.put("error", e.getMessage());
        } else {
            fields.put("msg", e.getMessage());
            ObjectNode errors = fields.putObject("errors");
            e.errors().forEach(errors::put);
        }
        return new CaseFailure(fields);
    }
}
