package dev.jpve.http;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A small API tree for the server tests. */
final class TestApi {
    static final JsonMapper JSON = JsonMapper.builder().build();

    private TestApi() {}

    static JsonNode json(String text) {
        return JSON.readTree(text.replace('\'', '"'));
    }

    static Schema schema(String text) {
        return Schema.fromJson(json(text));
    }

    private static final String ECHO_PARAMS = "{'type':'object','additionalProperties':0,'properties':{"
            + "'node':{'type':'string'},'a':{'type':'string','optional':1},'b':{'type':'string','optional':1},"
            + "'n':{'type':'integer','optional':1,'minimum':1},"
            + "'list':{'type':'array','items':{'type':'string'},'optional':1},"
            + "'obj':{'type':'object','optional':1}}}";

    static ApiMethod echo(String name, ApiMethod.Builder b) {
        return b.path("{node}/echo").description("Echo " + name + ".").permissions(Permissions.anyUser())
                .parameters(schema(ECHO_PARAMS)).returns(schema("{'type':'object'}"))
                .code((params, env) -> params.deepCopy()).build();
    }

    static ApiMethod simple(String name, String path, Permissions perms, JsonNode result) {
        ApiMethod.Builder b = ApiMethod.builder(name).path(path).description("Method " + name + ".")
                .parameters(schema("{'type':'object','additionalProperties':0,'properties':{}}"))
                .returns(schema("{}"))
                .code((params, env) -> result);
        return (perms == null ? b : b.permissions(perms)).build();
    }

    static ApiHandler nodes() {
        return nodesBuilder().build();
    }

    private static ApiHandler.Builder nodesBuilder() {
        return ApiHandler.builder("PVE::API2::Nodes")
                .register(echo("get", ApiMethod.builder("echo_get").get()))
                .register(echo("post", ApiMethod.builder("echo_post").post()))
                .register(echo("put", ApiMethod.builder("echo_put").put()))
                .register(echo("delete", ApiMethod.builder("echo_delete").delete()));
    }

    /** The echo methods, {@code POST {node}/worker} starting a task that logs one line, and the task API. */
    static ApiHandler nodesWithTasks(dev.jpve.task.TaskRunner runner) {
        return nodesBuilder()
                .register(ApiMethod.builder("worker").path("{node}/worker").post().description("Starts a task.")
                        .permissions(Permissions.anyUser()).protectedCall()
                        .parameters(schema("{'type':'object','additionalProperties':0,'properties':{'node':{'type':'string'}}}"))
                        .returns(schema("{'type':'string'}"))
                        .code((p, env) -> JsonNodeFactory.instance.stringNode(
                                env.forkWorker("jpvetest", "", t -> t.log("working")).encode()))
                        .build())
                .mount("{node}/tasks", dev.jpve.api.TaskApi.handler(runner)).build();
    }

    static ApiHandler root(AccessControl access) {
        return root(AccessApi.handler(access), nodes());
    }

    static ApiHandler root(ApiHandler accessApi, ApiHandler nodes) {
        ObjectNode version = JsonNodeFactory.instance.objectNode().put("version", "9.1.1").put("release", "9.1");
        return ApiHandler.builder("PVE::API2")
                .mount("access", accessApi)
                .mount("nodes", nodes)
                .register(simple("version", "version", Permissions.anyUser(), version))
                .register(simple("world", "world", Permissions.world(), json("'open'")))
                .register(simple("rootonly", "rootonly", null, json("'root'")))
                .register(simple("checked", "checked",
                        Permissions.check(json("['perm','/vms/{vmid}',['VM.Audit']]")), json("'checked'")))
                .register(simple("big", "big", Permissions.anyUser(), json("'" + "x".repeat(3000) + "'")))
                .register(ApiMethod.builder("notoken").path("notoken").put().description("No tokens here.")
                        .permissions(Permissions.anyUser()).allowToken(false)
                        .parameters(schema("{'type':'object','properties':{}}")).returns(schema("{}"))
                        .code((p, e) -> json("'ok'")).build())
                .register(ApiMethod.builder("fail").path("fail").description("Fails.")
                        .permissions(Permissions.anyUser())
                        .parameters(schema("{'type':'object','properties':{}}")).returns(schema("{}"))
                        .code((p, e) -> {
                            throw ApiException.of(409, "VM is locked (backup)\nsecond line\n");
                        }).build())
                .register(ApiMethod.builder("die").path("die").description("Dies.")
                        .permissions(Permissions.anyUser())
                        .parameters(schema("{'type':'object','properties':{}}")).returns(schema("{}"))
                        .code((p, e) -> {
                            throw new IllegalStateException("something died\n");
                        }).build())
                .register(ApiMethod.builder("whoami").path("whoami").description("The caller.")
                        .permissions(Permissions.anyUser())
                        .parameters(schema("{'type':'object','properties':{}}")).returns(schema("{}"))
                        .code((p, e) -> JsonNodeFactory.instance.stringNode(e.user().orElse("-"))).build())
                .build();
    }
}
