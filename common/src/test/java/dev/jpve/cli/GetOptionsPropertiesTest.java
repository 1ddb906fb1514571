package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.Schema;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class GetOptionsPropertiesTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Provide
    Arbitrary<Schema> schemas() {
        Arbitrary<String> names = Arbitraries.of("a", "ab", "abc", "b", "vmid", "flag", "ids", "extra");
        Arbitrary<String> types = Arbitraries.of("{\"type\":\"string\"}", "{\"type\":\"boolean\"}",
                "{\"type\":\"integer\"}", "{\"type\":\"array\",\"items\":{\"type\":\"string\"}}",
                "{\"type\":\"string\",\"format\":\"pve-vmid-list\"}");
        Arbitrary<ObjectNode> properties = Arbitraries.entries(types, Arbitraries.of(0, 1)).map(e -> {
            ObjectNode property = (ObjectNode) JSON.readTree(e.getKey());
            return property.put("optional", e.getValue());
        });
        return Arbitraries.maps(names, properties).ofMaxSize(6)
                .map(props -> {
                    ObjectNode propertyMap = JSON.createObjectNode();
                    props.forEach(propertyMap::set);
                    ObjectNode schema = JSON.createObjectNode();
                    schema.set("properties", propertyMap);
                    return Schema.fromJson(schema);
                });
    }

    @Property(tries = 300)
    void randomSchemasAndCommandLinesGiveAnObjectOrAnApiException(@ForAll("schemas") Schema schema,
            @ForAll @Size(max = 6) List<@StringLength(max = 5) String> argv,
            @ForAll @Size(max = 2) List<@StringLength(min = 1, max = 4) String> positional) {
        try {
            ObjectNode result = GetOptions.parse(schema, argv, new ArgParam.Positional(positional), Map.of(), Map.of());
            assertThat(result).isNotNull();
        } catch (ApiException e) {
            assertThat(e.code()).isEqualTo(400);
        }
    }
}
