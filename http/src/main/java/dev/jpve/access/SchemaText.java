package dev.jpve.access;

import dev.jpve.schema.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Schemas and permission expressions of the access API, written as JSON with single quotes so
 * that they read like upstream's Perl definitions.
 */
final class SchemaText {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private SchemaText() {}

    /** The JSON value of {@code text}, its single quotes read as double quotes. */
    static JsonNode json(String text) {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    /** The schema of {@code text}, its single quotes read as double quotes. */
    static Schema schema(String text) {
        return Schema.fromJson(json(text));
    }
}
