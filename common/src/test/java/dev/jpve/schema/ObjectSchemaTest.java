package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ObjectSchemaTest {
    @Test
    void builderProducesTheJsonUpstreamWouldWrite() {
        ObjectSchema s = ObjectSchema.builder()
                .property("node", StringSchema.builder().format("pve-node").build())
                .property("memory", IntegerSchema.builder().minimum(16).optional().build())
                .additionalProperties(false)
                .build();
        JsonTesting.assertSameJson(s.toJson(), JsonMapper.builder().build().readTree(
                "{\"type\":\"object\",\"additionalProperties\":0,\"properties\":{"
                        + "\"node\":{\"type\":\"string\",\"format\":\"pve-node\"},"
                        + "\"memory\":{\"type\":\"integer\",\"minimum\":16,\"optional\":1}}}"));
    }

    @Test
    void duplicatePropertyFailsNamingTheProperty() {
        var b = ObjectSchema.builder().property("node", StringSchema.builder().build());
        assertThatThrownBy(() -> b.property("node", StringSchema.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("properties: duplicate property 'node'");
    }

    @Test
    void toBuilderKeepsEverythingAndAllowsChanges() {
        ObjectSchema s = ObjectSchema.builder().property("a", StringSchema.builder().build()).description("x").build();
        ObjectSchema t = s.toBuilder().property("b", BooleanSchema.builder().optional().build()).build();
        assertThat(t.propertyMap()).containsOnlyKeys("a", "b");
        assertThat(t.common().description()).contains("x");
        assertThat(s.toBuilder().build()).isEqualTo(s);
    }

    @Test
    void minimumAboveMaximumFailsWhenBuilt() {
        assertThatThrownBy(() -> IntegerSchema.builder().minimum(10).maximum(5).build())
                .hasMessage("minimum: 10 is greater than maximum 5");
    }

    @Test
    void badRegexFailsWhenSet() {
        assertThatThrownBy(() -> StringSchema.builder().pattern("[a"))
                .hasMessageStartingWith("pattern: invalid regex '[a'");
    }
}
