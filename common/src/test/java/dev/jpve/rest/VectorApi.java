package dev.jpve.rest;

import dev.jpve.schema.Schema;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The handler classes of spec vector 6.13: C1 mounts C2 at nodes/{node}/qemu and C3 at files. */
final class VectorApi {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private VectorApi() {}

    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    static Schema schema(String text) {
        return Schema.fromJson(json(text));
    }

    static MethodCode echo() {
        return (params, env) -> params.deepCopy();
    }

    static ApiMethod.Builder method(String name, String path) {
        return ApiMethod.builder(name).path(path).description("Method " + name + ".")
                .parameters(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                .returns(schema("{'type':'object'}")).code(echo());
    }

    static ApiHandler c2() {
        return ApiHandler.builder("C2")
                .register(method("index", "").permissions(Permissions.anyUser())
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':"
                                + "{'node':{'type':'string','format':'pve-node'}}}"))
                        .returns(schema("{'type':'array','items':{'type':'object'},'links':[{'rel':'child','href':'{vmid}'}]}"))
                        .build())
                .register(method("read", "{vmid}")
                        .parameters(schema("{'type':'object','properties':{'node':{'type':'string'},"
                                + "'vmid':{'type':'integer'},'net0':{'type':'string','optional':1},"
                                + "'net1':{'type':'string','optional':1},'opt':{'type':'string','optional':1,"
                                + "'format':{'a':{'type':'integer'}}}}}"))
                        .build())
                .register(method("update", "{vmid}").put().protectedCall().proxyTo("node")
                        .parameters(schema("{'type':'object','properties':{'node':{'type':'string'},"
                                + "'vmid':{'type':'integer'}}}"))
                        .build())
                .build();
    }

    static ApiHandler c3() {
        return ApiHandler.builder("C3")
                .register(method("file", "{path}").parameters(schema("{'type':'object','properties':"
                        + "{'path':{'type':'string'}}}")).build())
                .build();
    }

    static ApiHandler c1() {
        return ApiHandler.builder("C1")
                .mount("nodes/{node}/qemu", c2())
                .mount("files", c3(), Optional.of(""))
                .register(method("version", "version").build())
                .build();
    }

    static ObjectNode params(String text) {
        return (ObjectNode) json(text);
    }
}
