package dev.jpve.rest;

import static dev.jpve.rest.VectorApi.json;
import static dev.jpve.rest.VectorApi.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDumpTest {
    private final JsonNode dump = ApiDump.of(VectorApi.c1());

    @Test
    void buildsOneNodePerPathComponentInRegistrationOrder() {
        assertThat(paths(dump, new java.util.ArrayList<>())).containsExactly("/nodes", "/nodes/{node}", "/nodes/{node}/qemu",
                "/nodes/{node}/qemu/{vmid}", "/files", "/files/{path}", "/version");
        JsonNode nodes = dump.get(0);
        assertThat(nodes.get("text").stringValue()).isEqualTo("nodes");
        assertThat(nodes.get("leaf").asInt()).isZero();
        assertThat(nodes.has("info")).isFalse();
        JsonNode version = dump.get(2);
        assertThat(version.get("leaf").asInt()).isEqualTo(1);
        assertThat(version.has("children")).isFalse();
    }

    private static java.util.List<String> paths(JsonNode tree, java.util.List<String> out) {
        for (JsonNode n : tree) {
            out.add(n.get("path").stringValue());
            if (n.has("children")) {
                paths(n.get("children"), out);
            }
        }
        return out;
    }

    @Test
    void methodInfoCarriesTheSetKeysButNotCodeOrPath() {
        JsonNode qemu = dump.get(0).get("children").get(0).get("children").get(0);
        JsonNode index = qemu.get("info").get("GET");
        assertThat(index.get("name").stringValue()).isEqualTo("index");
        assertThat(index.get("method").stringValue()).isEqualTo("GET");
        assertThat(index.get("allowtoken").asInt()).isEqualTo(1);
        assertThat(index.get("permissions")).isEqualTo(json("{'user':'all'}"));
        assertThat(index.has("path")).isFalse();
        assertThat(index.has("code")).isFalse();
        assertThat(index.get("parameters")).isEqualTo(json("{'type':'object','additionalProperties':0,"
                + "'properties':{'node':{'type':'string','format':'pve-node','typetext':'<string>'}}}"));
        JsonNode update = qemu.get("children").get(0).get("info").get("PUT");
        assertThat(update.get("protected").asInt()).isEqualTo(1);
        assertThat(update.get("proxyto").stringValue()).isEqualTo("node");
    }

    @Test
    void parametersCollapseIndexedPropertiesAndGetTypetexts() {
        JsonNode read = dump.get(0).get("children").get(0).get("children").get(0).get("children").get(0)
                .get("info").get("GET");
        JsonNode props = read.get("parameters").get("properties");
        assertThat(props.propertyNames()).containsExactly("node", "vmid", "net[n]", "opt");
        assertThat(props.get("net[n]")).isEqualTo(json("{'type':'string','optional':1,'typetext':'<string>'}"));
        assertThat(props.get("opt").get("typetext").stringValue()).isEqualTo("a=<integer>");
        assertThat(props.get("vmid")).isEqualTo(json("{'type':'integer','typetext':'<integer>'}"));
    }

    @Test
    void rawDumpsKeepSchemasAsDefined() {
        JsonNode raw = ApiDump.of(VectorApi.c1(), "", true);
        JsonNode props = raw.get(0).get("children").get(0).get("children").get(0).get("children").get(0)
                .get("info").get("GET").get("parameters").get("properties");
        assertThat(props.propertyNames()).contains("net0", "net1");
    }

    @Test
    void refusesTwoMethodsOnOnePathThatDifferOnlyInParameterNames() {
        ApiHandler a = ApiHandler.builder("A").register(method("x", "{id}").build()).build();
        ApiHandler b = ApiHandler.builder("B").register(method("y", "{name}").build()).build();
        ApiHandler root = ApiHandler.builder("R").mount("one", a).mount("two", b).build();
        assertThat(ApiDump.of(root).size()).isEqualTo(2);
        ApiHandler clash = ApiHandler.builder("R2").mount("p", a).register(method("z", "p2").build()).build();
        assertThat(ApiDump.of(clash).size()).isEqualTo(2);
        ApiHandler dup = ApiHandler.builder("D").mount("p", a).build();
        ApiHandler root2 = ApiHandler.builder("R3").mount("q", dup).register(method("w", "q/p/{other}").build()).build();
        assertThatThrownBy(() -> ApiDump.of(root2)).hasMessage("duplicate path '/q/p/{}'");
    }
}
