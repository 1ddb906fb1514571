package dev.jpve.node;

import dev.jpve.node.app.AppGuests;
import dev.jpve.node.app.AppStatusReport;
import dev.jpve.procfs.CpuInfo;
import dev.jpve.procfs.MemInfo;
import dev.jpve.procfs.Uptime;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StringSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code /cluster} with upstream's {@code /cluster/resources}: the node, its app guests and its
 * storage, each shown to callers with the audit privilege on it ({@code Sys.Audit} on
 * {@code /nodes/<node>}, {@code VM.Audit} on {@code /vms/<vmid>}, {@code Datastore.Audit} on
 * {@code /storage/<storage>}). A one-node cluster: the local node is the only one.
 */
final class ClusterApi {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ClusterApi() {}

    static ApiHandler handler(NodeData data) {
        return ApiHandler.builder("PVE::API2::Cluster")
                .register(ApiMethod.builder("index").path("").get()
                        .description("Cluster index.")
                        .permissions(Permissions.anyUser())
                        .parameters(ObjectSchema.builder().additionalProperties(false).build())
                        .returns(NodeApi.childLinks(ArraySchema.builder().items(ObjectSchema.builder().build()).build(),
                                "name"))
                        .code((params, env) -> {
                            ArrayNode out = JSON.arrayNode();
                            out.addObject().put("name", "resources");
                            return out;
                        })
                        .build())
                .register(resources(data))
                .build();
    }

    private static ApiMethod resources(NodeData data) {
        return ApiMethod.builder("resources").path("resources").get()
                .description("Resources index (cluster wide).")
                .permissions(Permissions.anyUser())
                .parameters(ObjectSchema.builder().additionalProperties(false)
                        .property("type", StringSchema.builder().optional(true).enumValues("vm", "storage", "node", "sdn")
                                .description("Resource type.").build())
                        .build())
                .returns(ArraySchema.builder().items(ObjectSchema.builder().additionalProperties(true)
                        .property("id", StringSchema.builder().description("Resource id.").build())
                        .property("type", StringSchema.builder().enumValues("node", "storage", "pool", "qemu", "lxc",
                                "openvz", "sdn", "app").description("Resource type.").build())
                        .property("node", StringSchema.builder().optional(true)
                                .description("The cluster node name (when type in node,storage,qemu,lxc).").build())
                        .property("status", StringSchema.builder().optional(true)
                                .description("Resource type dependent status.").build())
                        .property("vmid", IntegerSchema.builder().optional(true).description("The numerical vmid.")
                                .build())
                        .build()).build())
                .code((params, env) -> {
                    String type = params.path("type").asString("");
                    ArrayNode out = JSON.arrayNode();
                    if (type.isEmpty() || type.equals("vm")) {
                        guests(data, env, out);
                    }
                    if ((type.isEmpty() || type.equals("node"))
                            && env.hasPrivilege("/nodes/" + data.nodename(), "Sys.Audit")) {
                        out.add(node(data.nodename()));
                    }
                    if ((type.isEmpty() || type.equals("storage"))
                            && env.hasPrivilege("/storage/local", "Datastore.Audit")) {
                        out.add(storage(data));
                    }
                    return out;
                })
                .build();
    }

    private static void guests(NodeData data, RestEnvironment env, ArrayNode out) {
        AppGuests apps = data.apps();
        try {
            for (int vmid : apps.list()) {
                if (env.hasPrivilege("/vms/" + vmid, "VM.Audit")) {
                    AppStatusReport.of(apps, vmid).ifPresent(r -> {
                        ObjectNode row = out.addObject().put("id", AppGuests.TYPE + "/" + vmid)
                                .put("type", AppGuests.TYPE).put("node", data.nodename()).put("template", 0);
                        r.properties().forEach(e -> {
                            if (!e.getKey().equals("qmpstatus") && !e.getKey().equals("pid")) {
                                row.set(e.getKey(), e.getValue());
                            }
                        });
                    });
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode node(String nodename) {
        MemInfo mem = MemInfo.read();
        return JSON.objectNode().put("id", "node/" + nodename).put("type", "node").put("node", nodename)
                .put("status", "online").put("maxcpu", CpuInfo.read().cpus()).put("maxmem", mem.memtotal())
                .put("mem", mem.memused()).put("uptime", Uptime.read().uptimeSeconds()).put("level", "");
    }

    private static JsonNode storage(NodeData data) {
        ObjectNode row = JSON.objectNode().put("id", "storage/" + data.nodename() + "/local").put("type", "storage")
                .put("storage", "local").put("node", data.nodename()).put("plugintype", "dir")
                .put("content", "images,rootdir").put("shared", 0);
        try {
            FileStore fs = Files.getFileStore(data.dir()); // the storage lives in the data directory
            row.put("status", "available").put("maxdisk", fs.getTotalSpace())
                    .put("disk", fs.getTotalSpace() - fs.getUnallocatedSpace());
        } catch (IOException e) {
            row.put("status", "unknown");
        }
        return row;
    }
}
