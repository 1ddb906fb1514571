package dev.jpve.node;

import dev.jpve.access.AccessApis;
import dev.jpve.api.TaskApi;
import dev.jpve.http.AccessApi;
import dev.jpve.node.app.AppApi;
import dev.jpve.node.app.AppGuests;
import dev.jpve.procfs.CpuInfo;
import dev.jpve.procfs.KernelVersion;
import dev.jpve.procfs.LoadAverage;
import dev.jpve.procfs.MemInfo;
import dev.jpve.procfs.Uptime;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import dev.jpve.task.TaskRunner;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The node's API tree, with upstream's paths: {@code /version}, {@code /access/...},
 * {@code /nodes}, {@code /nodes/{node}}, {@code /nodes/{node}/status},
 * {@code /nodes/{node}/tasks/...} and {@code /nodes/{node}/app/...}.
 */
public final class NodeApi {
    /** The version this node reports. */
    public static final String VERSION = "0.1.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private NodeApi() {}

    /**
     * The whole tree over a node's data: the access API over its user.cfg ({@code ticket},
     * {@code acl}, {@code roles}, {@code users} with tokens, {@code permissions}), {@code /cluster},
     * {@code /nodes} with the app guests at {@code /nodes/{node}/app}, and the given handlers at
     * {@code /nodes/{node}/<name>}, listed in the node's index.
     *
     * @param nodeHandlers more handlers of the node, by the name of their directory
     */
    public static ApiHandler tree(NodeData data, Map<String, ApiHandler> nodeHandlers) {
        return ApiHandler.builder("PVE::API2")
                .register(ApiMethod.builder("index").path("").get()
                        .description("Directory index.")
                        .permissions(Permissions.anyUser())
                        .parameters(noParams())
                        .returns(childLinks(ArraySchema.builder().items(ObjectSchema.builder()
                                .property("subdir", StringSchema.builder().build()).build()).build(), "subdir"))
                        .code((params, env) -> subdirs("access", "cluster", "nodes", "version"))
                        .build())
                .register(version())
                .mount("access", AccessApis.handler(data.access(), data.users()))
                .mount("cluster", ClusterApi.handler(data))
                .mount("nodes", nodes(data.nodename(), data.tasks(), Optional.of(data.apps()), nodeHandlers))
                .build();
    }

    private static ObjectSchema noParams() {
        return ObjectSchema.builder().additionalProperties(false).build();
    }

    private static ObjectSchema nodeParam() {
        return ObjectSchema.builder().additionalProperties(false).property("node", StandardOptions.PVE_NODE).build();
    }

    private static ApiMethod version() {
        return ApiMethod.builder("version").path("version").get()
                .description("API version details, including some parts of the global datacenter config.")
                .permissions(Permissions.anyUser())
                .parameters(noParams())
                .returns(ObjectSchema.builder()
                        .property("version", StringSchema.builder().description("The full version string.").build())
                        .property("release", StringSchema.builder().description("The current release.").build())
                        .property("repoid", StringSchema.builder().description("The short git revision.").build())
                        .build())
                .code((params, env) -> NODES.objectNode().put("version", VERSION).put("release", "0.1")
                        .put("repoid", "jpve"))
                .build();
    }

    private static ApiHandler nodes(String nodename, TaskRunner tasks, Optional<AppGuests> apps,
            Map<String, ApiHandler> nodeHandlers) {
        java.util.TreeSet<String> index = new java.util.TreeSet<>(nodeHandlers.keySet());
        index.add("status");
        index.add("tasks");
        apps.ifPresent(a -> index.add("app"));
        ApiHandler.Builder b = ApiHandler.builder("PVE::API2::Nodes")
                .register(ApiMethod.builder("index").path("").get()
                        .description("Cluster node index.")
                        .permissions(Permissions.anyUser())
                        .parameters(noParams())
                        .returns(childLinks(ArraySchema.builder().items(ObjectSchema.builder()
                                .property("node", StringSchema.builder().build()).build()).build(), "node"))
                        .code((params, env) -> nodeList(nodename))
                        .build())
                .register(ApiMethod.builder("node_index").path("{node}").get()
                        .description("Node index.")
                        .permissions(Permissions.anyUser())
                        .parameters(nodeParam())
                        .returns(childLinks(ArraySchema.builder().items(ObjectSchema.builder().build()).build(), "name"))
                        .code((params, env) -> names(index.toArray(String[]::new)))
                        .build())
                .register(ApiMethod.builder("status").path("{node}/status").get()
                        .description("Read node status")
                        .permissions(Permissions.check(NODES.arrayNode().add("perm").add("/nodes/{node}")
                                .add(NODES.arrayNode().add("Sys.Audit"))))
                        .proxyTo("node")
                        .parameters(nodeParam())
                        .returns(ObjectSchema.builder().additionalProperties(true).build())
                        .code((params, env) -> status())
                        .build())
                .mount("{node}/tasks", TaskApi.handler(tasks));
        apps.ifPresent(a -> b.mount("{node}/app", AppApi.handler(a)));
        nodeHandlers.forEach((name, handler) -> b.mount("{node}/" + name, handler));
        return b.build();
    }

    private static JsonNode nodeList(String nodename) {
        MemInfo mem = MemInfo.read();
        ArrayNode list = NODES.arrayNode();
        list.addObject().put("node", nodename).put("status", "online").put("type", "node")
                .put("id", "node/" + nodename).put("maxcpu", CpuInfo.read().cpus())
                .put("maxmem", mem.memtotal()).put("mem", mem.memused())
                .put("uptime", Uptime.read().uptimeSeconds());
        return list;
    }

    /** {@code schema} with upstream's {@code links: [{rel: child, href: "{prop}"}]}, which jpvesh ls follows. */
    static Schema childLinks(Schema schema, String prop) {
        ArrayNode links = NODES.arrayNode();
        links.addObject().put("rel", "child").put("href", "{" + prop + "}");
        return schema.withCommon(schema.common().toBuilder().links(links).build());
    }

    private static JsonNode subdirs(String... names) {
        ArrayNode list = NODES.arrayNode();
        for (String s : names) {
            list.addObject().put("subdir", s);
        }
        return list;
    }

    private static JsonNode names(String... subdirs) {
        ArrayNode list = NODES.arrayNode();
        for (String s : subdirs) {
            list.addObject().put("name", s);
        }
        return list;
    }

    /** What {@code /nodes/{node}/status} reports, from /proc. */
    static ObjectNode status() {
        MemInfo mem = MemInfo.read();
        CpuInfo cpu = CpuInfo.read();
        LoadAverage load = LoadAverage.read();
        ObjectNode out = NODES.objectNode();
        out.put("uptime", Uptime.read().uptimeSeconds());
        out.putArray("loadavg").add(load.one()).add(load.five()).add(load.fifteen());
        out.put("kversion", "Linux " + KernelVersion.read().full());
        out.putObject("cpuinfo").put("model", cpu.model()).put("sockets", cpu.sockets()).put("cores", cpu.cores())
                .put("cpus", cpu.cpus()).put("mhz", cpu.mhz()).put("hvm", cpu.hvm() ? "1" : "0")
                .put("user_hz", cpu.userHz()).put("flags", cpu.flags());
        out.putObject("memory").put("total", mem.memtotal()).put("used", mem.memused()).put("free", mem.memfree())
                .put("available", mem.memavailable());
        out.putObject("swap").put("total", mem.swaptotal()).put("used", mem.swapused()).put("free", mem.swapfree());
        out.put("pveversion", "jpve/" + VERSION);
        return out;
    }
}
