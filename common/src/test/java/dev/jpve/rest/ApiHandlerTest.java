package dev.jpve.rest;

import static dev.jpve.rest.VectorApi.json;
import static dev.jpve.rest.VectorApi.method;
import static dev.jpve.rest.VectorApi.params;
import static dev.jpve.rest.VectorApi.schema;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.ApiException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class ApiHandlerTest {
    private final ApiHandler c1 = VectorApi.c1();
    private final RestEnvironment env = RestEnvironment.cli();

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            GET | /nodes/n1/qemu          | C2 | index  | {'node':'n1'}                | /nodes/{node}/qemu
            GET | /nodes/n1/qemu/100      | C2 | read   | {'node':'n1','vmid':'100'}   | /nodes/{node}/qemu/{vmid}
            PUT | //nodes/n1/qemu/100/    | C2 | update | {'node':'n1','vmid':'100'}   | /nodes/{node}/qemu/{vmid}
            GET | /files/a/b/c            | C3 | file   | {'path':'a/b/c'}             | /files/{path}
            GET | /version                | C1 | version | {}                          | /version
            """)
    void findsTheMethodWithUriParamsAndTemplate(HttpMethod m, String path, String handler, String name,
            String uriParams, String template) {
        HandlerMatch match = c1.findHandler(m, path).orElseThrow();
        assertThat(match.handler().name()).isEqualTo(handler);
        assertThat(match.method().name()).isEqualTo(name);
        assertThat((JsonNode) VectorApi.JSON.valueToTree(match.uriParams())).isEqualTo(json(uriParams));
        assertThat(match.template()).isEqualTo(template);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            POST | /nodes/n1/qemu/100
            GET  | /nodes/n1
            GET  | '/nodes/n 1/qemu'
            GET  | /version/x
            GET  | /nothing
            DELETE | /version
            """)
    void findsNothingForUnknownPathsAndMethods(HttpMethod m, String path) {
        assertThat(c1.findHandler(m, path)).isEmpty();
    }

    @Test
    void aParameterLevelMatchesTheWholeComponentWithItsRegex() {
        ApiHandler h = ApiHandler.builder("H").register(method("x", "{id:\\d+}").build()).build();
        assertThat(h.findHandler(HttpMethod.GET, "/123")).isPresent();
        assertThat(h.findHandler(HttpMethod.GET, "/123a")).isEmpty();
        assertThat(h.findHandler(HttpMethod.GET, "/a123")).isEmpty();
    }

    @Test
    void aFragmentMountWithOneComponentLeftMatchesIt() {
        assertThat(c1.findHandler(HttpMethod.GET, "/files/a").orElseThrow().uriParams()).isEqualTo(Map.of("path", "a"));
    }

    @Test
    void refusesAParameterLevelBesideFixedFolders() {
        ApiHandler.Builder b = ApiHandler.builder("H").register(method("a", "fixed").build());
        assertThatThrownBy(() -> b.register(method("b", "{id}").build()))
                .hasMessage("register method H/{id} - path match error - regex and fixed items");
        ApiHandler.Builder b2 = ApiHandler.builder("H").register(method("a", "{id}").build());
        assertThatThrownBy(() -> b2.register(method("b", "fixed").build()))
                .hasMessage("register method H/fixed - path match error - regex and fixed items");
    }

    @Test
    void refusesAChangedParameterNameOrRegexAtOneLevel() {
        ApiHandler.Builder b = ApiHandler.builder("H").register(method("a", "{id}").build());
        assertThatThrownBy(() -> b.register(method("b", "{vmid}/x").build()))
                .hasMessage("register method H/{vmid}/x - found changed regex match name");
        assertThatThrownBy(() -> b.register(method("c", "{id:\\d+}/x").build()))
                .hasMessage("register method H/{id:\\d+}/x - found changed regex");
    }

    @Test
    void refusesDuplicatesAndEmptyComponents() {
        ApiHandler.Builder b = ApiHandler.builder("H").register(method("a", "x").build());
        assertThatThrownBy(() -> b.register(method("b", "x").build()))
                .hasMessage("register method H/x - duplicate method definition");
        assertThatThrownBy(() -> b.register(method("a", "y").build()))
                .hasMessage("register method H/y - method name already defined");
        assertThatThrownBy(() -> b.register(method("c", "/y").build()))
                .hasMessage("register method H//y - path compoment has zero length");
        assertThatThrownBy(() -> b.mount("x", VectorApi.c3()))
                .hasMessage("register subclass C3 at H/x - duplicate method definition SUBCLASS and GET");
        assertThatThrownBy(() -> b.mount("z", VectorApi.c3(), Optional.of("/")))
                .hasMessage("register subclass C3 at H/z - unsupported fragmentDelimiter '/'");
    }

    @Test
    void refusesAMethodThatFailsTheDefinitionChecks() {
        ApiMethod noDescription = ApiMethod.builder("x").parameters(schema("{'type':'object'}"))
                .returns(schema("{'type':'null'}")).code(VectorApi.echo()).build();
        assertThatThrownBy(() -> ApiHandler.builder("H").register(noDescription))
                .isInstanceOf(ApiException.class)
                .hasMessage("400 internal error - unable to verify method info\n"
                        + "description: property is missing and it is not optional\n");
        ApiMethod fixed = method("y", "").parameters(schema("{'type':'object','properties':{'a':{'type':'string','fixed':1}}}"))
                .build();
        assertThatThrownBy(() -> ApiHandler.builder("H").register(fixed))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).errors()).containsEntry("properties.a.fixed",
                        "property is not defined in schema and the schema does not allow additional properties"));
    }

    @Test
    void handleValidatesParametersBeforeTheCode() {
        ApiMethod read = c1.findHandler(HttpMethod.GET, "/nodes/n1/qemu/1").orElseThrow().method();
        ApiHandler c2 = c1.findHandler(HttpMethod.GET, "/nodes/n1/qemu/1").orElseThrow().handler();
        assertThatThrownBy(() -> c2.handle(read, params("{'node':'n1','vmid':'abc'}"), env, true))
                .hasMessage("400 Parameter verification failed.\nvmid: type check ('integer') failed - got 'abc'\n");
        assertThat(c2.handle(read, params("{'node':'n1','vmid':'100'}"), env, true))
                .isEqualTo(json("{'node':'n1','vmid':'100'}"));
    }

    @Test
    void handleVerifiesTheResultOnlyWhenAsked() {
        ApiMethod bad = method("bad", "").returns(schema("{'type':'integer'}"))
                .code((p, e) -> json("'x'")).build();
        ApiHandler h = ApiHandler.builder("H").register(bad).build();
        assertThat(h.handle(bad, params("{}"), env, false)).isEqualTo(json("'x'"));
        assertThatThrownBy(() -> h.handle(bad, params("{}"), env, true))
                .hasMessage("400 Result verification failed\n_root: type check ('integer') failed - got 'x'\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            {'type':'string','format':'pve-configid-list'}                 | "'foo,bar'"         | "'foo,bar'"
            {'type':'array','items':{'type':'string','format':'pve-configid'}} | ['foo','bar']   | ['foo','bar']
            {'type':'string','format':'pve-configid-list'}                 | "'foo\\u0000bar'"   | "'foo\\u0000bar'"
            {'type':'array','items':{'type':'string','format':'pve-configid'}} | "'foo'"         | ['foo']
            {'type':'string','format':'pve-configid-list'}                 | ['foo','bar']       | "'foo,bar'"
            """)
    void handleNormalisesLegacyListForms(String prop, String input, String seen) {
        AtomicReference<JsonNode> got = new AtomicReference<>();
        ApiMethod m = method("m", "").parameters(schema("{'type':'object','properties':{'p':" + prop + "}}"))
                .code((p, e) -> { got.set(p.get("p")); return p; }).build();
        ApiHandler h = ApiHandler.builder("H").register(m).build();
        ObjectNode params = VectorApi.JSON.createObjectNode();
        params.set("p", json(input));
        h.handle(m, params, env, false);
        assertThat(got.get()).isEqualTo(json(seen));
    }

    @Test
    void resolveTypeFillsAMissingTypeFromACopyOfTheParameters() {
        AtomicReference<JsonNode> seenByResolver = new AtomicReference<>();
        ApiMethod m = method("m", "").parameters(schema("{'type':'object','properties':{'type':{'type':'string',"
                + "'enum':['a','b']},'x':{'type':'string','optional':1}}}"))
                .resolveType(p -> { seenByResolver.set(p); p.put("x", "changed"); return Optional.of("b"); })
                .build();
        ApiHandler h = ApiHandler.builder("H").register(m).build();
        assertThat(h.handle(m, params("{'x':'1'}"), env, false)).isEqualTo(json("{'x':'1','type':'b'}"));
        assertThat(h.handle(m, params("{'type':'a'}"), env, false)).isEqualTo(json("{'type':'a'}"));
        assertThat(seenByResolver.get()).isEqualTo(json("{'x':'changed'}"));
    }

    @Test
    void callFindsAMethodByName() {
        ApiHandler c2 = VectorApi.c2();
        assertThat(c2.call("index", params("{'node':'n1'}"), env)).isEqualTo(json("{'node':'n1'}"));
        assertThatThrownBy(() -> c2.call("nope", params("{}"), env)).hasMessage("no such method 'C2::nope'\n");
        assertThat(c2.methods()).extracting(ApiMethod::name).isEqualTo(List.of("index", "read", "update"));
    }
}
