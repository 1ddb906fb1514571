package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaDefinitionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String failure(Runnable check) {
        try {
            check.run();
            return "accepted";
        } catch (ApiException e) {
            return e.toText();
        }
    }

    @Test
    void aNamedMethodWithoutDescriptionIsRefused() {
        JsonNode info = json("{\"name\": \"index\", \"path\": \"\", \"method\": \"GET\", \"code\": 1,"
                + " \"parameters\": {\"type\": \"object\"}, \"returns\": {\"type\": \"null\"}}");
        assertThat(failure(() -> SchemaDefinitions.validateMethodInfo(info)))
                .isEqualTo("400 internal error - unable to verify method info\n"
                        + "description: property is missing and it is not optional\n");
    }

    @Test
    void anUnknownKeywordInAParameterIsRefusedWithItsPath() {
        JsonNode info = json("{\"path\": \"x\", \"parameters\": {\"type\": \"object\", \"properties\":"
                + " {\"a\": {\"type\": \"string\", \"fixed\": 1}}}}");
        assertThat(failure(() -> SchemaDefinitions.validateMethodInfo(info)))
                .isEqualTo("400 internal error - unable to verify schema\n"
                        + "properties.a.fixed: property is not defined in schema and the schema does not allow"
                        + " additional properties\n");
    }

    @Test
    void anUnknownHttpMethodIsRefused() {
        JsonNode info = json("{\"path\": \"x\", \"method\": \"PATCH\"}");
        assertThat(failure(() -> SchemaDefinitions.validateMethodInfo(info)))
                .isEqualTo("400 internal error - unable to verify method info\n"
                        + "method: value 'PATCH' does not have a value in the enumeration 'GET, POST, PUT, DELETE'\n");
    }

    @Test
    void badTypesBoundsAndKeyAliasWithoutAliasAreRefused() {
        JsonNode schema = json("{\"type\": \"object\", \"properties\": {\"a\": {\"type\": \"strin\"},"
                + " \"b\": {\"type\": \"integer\", \"minimum\": \"x\"}, \"c\": {\"type\": \"string\", \"keyAlias\": \"k\"}}}");
        assertThatThrownBy(() -> SchemaDefinitions.validateSchema(schema)).isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).containsOnlyKeys(
                        "properties.a.type", "properties.b.minimum", "properties.c.alias"));
    }

    @Test
    void aGoodDefinitionPasses() {
        JsonNode info = json("{\"name\": \"index\", \"path\": \"\", \"method\": \"GET\", \"code\": 1,"
                + " \"description\": \"List.\", \"permissions\": {\"user\": \"all\"},"
                + " \"parameters\": {\"type\": \"object\", \"additionalProperties\": 0, \"properties\":"
                + " {\"node\": {\"type\": \"string\", \"format\": \"pve-node\"}}},"
                + " \"returns\": {\"type\": \"array\", \"items\": {\"type\": \"object\"},"
                + " \"links\": [{\"rel\": \"child\", \"href\": \"{name}\"}]}}");
        assertThatCode(() -> SchemaDefinitions.validateMethodInfo(info)).doesNotThrowAnyException();
    }
}
