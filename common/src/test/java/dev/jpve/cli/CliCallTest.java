package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class CliCallTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<ObjectNode> seen = new ArrayList<>();
    private final ApiMethod create = ApiMethod.builder("create").post().description("Create.")
            .parameters(ObjectSchema.builder()
                    .property("vmid", IntegerSchema.builder().minimum(100).build())
                    .property("name", StringSchema.builder().optional().build())
                    .property("hostname", StringSchema.builder().alias("name").build())
                    .property("onboot", BooleanSchema.builder().optional().build())
                    .property("tags", ArraySchema.builder().items(StringSchema.builder().build()).optional().build())
                    .property("ids", StringSchema.builder().format("pve-vmid-list").optional().build())
                    .build())
            .returns(ObjectSchema.builder().build())
            .code((params, env) -> { seen.add(params.deepCopy()); return params; })
            .build();
    private final ApiHandler api = ApiHandler.builder("H").register(create).build();

    @Test
    void theSameMethodGetsTheSameValidatedParametersFromRestAndCli() {
        ObjectNode rest = (ObjectNode) JSON.readTree("""
                {"vmid":"100","hostname":"web","onboot":"1","tags":"a","ids":["101","102"]}""");
        api.handle(create, rest, RestEnvironment.cli(), false);
        CliCall.run(Command.of(api, "create").withArgs("vmid"), "t create",
                List.of("100", "--hostname", "web", "--onboot", "--tags", "a", "--ids", "101", "--ids", "102"),
                List.of(), RestEnvironment.cli());
        assertThat(seen).hasSize(2);
        // a Perl scalar 1 and "1" are the same value: compare as Perl sees them
        assertThat(perl(seen.get(1))).isEqualTo(perl(seen.get(0)));
        assertThat(perl(seen.get(0))).isEqualTo(JSON.readTree("""
                {"vmid":"100","name":"web","onboot":"1","tags":["a"],"ids":"101,102"}"""));
    }

    private static tools.jackson.databind.JsonNode perl(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ObjectNode out = JSON.createObjectNode();
            node.properties().forEach(e -> out.set(e.getKey(), perl(e.getValue())));
            return out;
        }
        if (node.isArray()) {
            var out = JSON.createArrayNode();
            node.forEach(v -> out.add(perl(v)));
            return out;
        }
        return tools.jackson.databind.node.StringNode.valueOf(dev.jpve.schema.PerlScalar.text(node));
    }

    @Test
    void formatterOptionsAreSplitOff() {
        CliCall.Result r = CliCall.run(Command.of(api, "create").withOutput((a, b, c, d) -> { },
                        Map.of("quiet", BooleanSchema.builder().optional().build())),
                "t create", List.of("--vmid", "100", "--quiet"), List.of(), RestEnvironment.cli());
        assertThat(r.formatterParams()).isEqualTo(JSON.readTree("{\"quiet\":1}"));
        assertThat(seen.getFirst().has("quiet")).isFalse();
    }

    @Test
    void onlyParameterErrorsGetTheUsage() {
        ApiMethod fails = ApiMethod.builder("fails").description("Fails.").parameters(ObjectSchema.builder().build())
                .returns(ObjectSchema.builder().build())
                .code((p, e) -> { throw dev.jpve.schema.ApiException.of(500, "broken\n"); }).build();
        ApiHandler h = ApiHandler.builder("H").register(fails).build();
        assertThatThrownBy(() -> CliCall.run(Command.of(h, "fails"), "t fails", List.of(), List.of(),
                RestEnvironment.cli())).hasMessage("500 broken\n");
        assertThatThrownBy(() -> CliCall.run(Command.of(h, "fails"), "t fails", List.of("x"), List.of(),
                RestEnvironment.cli())).hasMessage("400 too many arguments\nt fails \n");
    }
}
