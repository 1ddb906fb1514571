package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers for tests: single-quote JSON literals and key-order-insensitive comparison. */
final class JsonTesting {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private JsonTesting() {}

    /** Parses JSON written with single quotes. */
    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    /** Asserts equal JSON, ignoring object key order. */
    static void assertSameJson(JsonNode actual, JsonNode expected) {
        assertThat(actual.equals(expected)).as("%s equals %s", actual, expected).isTrue();
    }
}
