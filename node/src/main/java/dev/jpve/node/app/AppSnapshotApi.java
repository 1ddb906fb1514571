package dev.jpve.node.app;

import static dev.jpve.node.app.ApiParts.JSON;
import static dev.jpve.node.app.ApiParts.bool;
import static dev.jpve.node.app.ApiParts.guestParams;
import static dev.jpve.node.app.ApiParts.io;
import static dev.jpve.node.app.ApiParts.perm;
import static dev.jpve.node.app.ApiParts.text;
import static dev.jpve.node.app.ApiParts.vmid;
import static dev.jpve.node.app.ApiParts.worker;

import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.GuestConfigException;
import dev.jpve.guest.LockProperty;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The snapshot API of app guests ({@code /nodes/{node}/app/{vmid}/snapshot}), as qemu-server's
 * {@code PVE::API2::Qemu} snapshot methods: list, create, the per-snapshot index, delete, config
 * GET/PUT and rollback. RAM state ({@code vmstate}) is refused: an app has none to save.
 */
final class AppSnapshotApi {
    private final AppGuests apps;

    private AppSnapshotApi(AppGuests apps) {
        this.apps = apps;
    }

    static ApiHandler handler(AppGuests apps) {
        AppSnapshotApi api = new AppSnapshotApi(apps);
        return ApiHandler.builder("PVE::API2::App::Snapshot")
                .register(api.list())
                .register(api.create())
                .register(ApiParts.index("snapshot_cmd_idx", "{snapname}", "", snapParams().build(), "config",
                        "rollback"))
                .register(api.delete())
                .register(api.configGet())
                .register(api.configPut())
                .register(api.rollback())
                .build();
    }

    private static ObjectSchema.Builder snapParams() {
        return guestParams().property("snapname", StandardOptions.PVE_SNAPSHOT_NAME);
    }

    private ApiMethod list() {
        return ApiMethod.builder("snapshot_list").path("").get()
                .description("List all snapshots.")
                .permissions(perm("/vms/{vmid}", false, "VM.Audit"))
                .proxyTo("node")
                .parameters(guestParams().build())
                .returns(ApiParts.withChildLinks(ArraySchema.builder().items(ObjectSchema.builder().additionalProperties(true)
                        .property("name", StringSchema.builder().description("Snapshot identifier. Value 'current'"
                                + " identifies the current app.").build())
                        .property("description", StringSchema.builder().description("Snapshot description.").build())
                        .property("snaptime", IntegerSchema.builder().optional(true)
                                .description("Snapshot creation time").build())
                        .property("parent", StringSchema.builder().optional(true)
                                .description("Parent snapshot identifier.").build())
                        .build()).build(), "name"))
                .code((p, env) -> {
                    int vmid = vmid(p);
                    GuestConfig conf = io(() -> apps.configs().load(vmid));
                    ArrayNode out = JSON.arrayNode();
                    conf.snapshots().forEach((name, snap) -> {
                        ObjectNode row = out.addObject().put("name", name);
                        row.put("description", snap.description().orElse(""));
                        snap.get("snaptime").filter(t -> t.matches("\\d{1,18}"))
                                .ifPresent(t -> row.put("snaptime", Long.parseLong(t)));
                        snap.get("parent").ifPresent(par -> row.put("parent", par));
                    });
                    ObjectNode current = out.addObject().put("name", "current").put("digest", conf.digest())
                            .put("running", apps.isRunning(vmid) ? 1 : 0).put("description", "You are here!");
                    conf.main().get("parent").ifPresent(par -> current.put("parent", par));
                    return out;
                })
                .build();
    }

    private ApiMethod create() {
        return ApiMethod.builder("snapshot").path("").post()
                .description("Snapshot an app.")
                .permissions(perm("/vms/{vmid}", false, "VM.Snapshot"))
                .protectedCall()
                .proxyTo("node")
                .parameters(snapParams()
                        .property("vmstate", ApiParts.flag("Save the RAM state (not supported for app guests)."))
                        .property("description", StringSchema.builder().optional().description("A textual description"
                                + " or comment.").build())
                        .build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    String snapname = p.get("snapname").asString();
                    String lower = snapname.toLowerCase(Locale.ROOT);
                    if (lower.equals("current") || lower.equals("pending")) {
                        throw new GuestConfigException("unable to use snapshot name '" + snapname + "' (reserved name)");
                    }
                    if (bool(p, "vmstate")) {
                        throw ApiException.param(Map.of("vmstate", AppHooks.NO_VMSTATE));
                    }
                    io(() -> apps.configs().load(vmid));
                    String comment = text(p, "description").orElse("");
                    return ApiParts.fork(env, "appsnapshot", vmid, task -> {
                        task.log("snapshotting '" + snapname + "'");
                        apps.snapshots(task::warn).create(vmid, snapname, false, comment);
                        task.log("snapshot '" + snapname + "' of app " + vmid + " created");
                    });
                })
                .build();
    }

    private ApiMethod delete() {
        return ApiMethod.builder("delsnapshot").path("{snapname}").delete()
                .description("Delete an app snapshot.")
                .permissions(perm("/vms/{vmid}", false, "VM.Snapshot"))
                .protectedCall()
                .proxyTo("node")
                .parameters(snapParams().property("force", ApiParts.flag("For removal from config file, even if"
                        + " removing disk snapshots fails.")).build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    String snapname = p.get("snapname").asString();
                    io(() -> apps.configs().loadSnapshotConfig(vmid, snapname));
                    boolean force = bool(p, "force");
                    return ApiParts.fork(env, "appdelsnapshot", vmid, task -> {
                        apps.snapshots(task::warn).delete(vmid, snapname, force);
                        task.log("snapshot '" + snapname + "' of app " + vmid + " deleted");
                    });
                })
                .build();
    }

    private ApiMethod configGet() {
        return ApiMethod.builder("get_snapshot_config").path("{snapname}/config").get()
                .description("Get snapshot configuration")
                .permissions(perm("/vms/{vmid}", true, "VM.Snapshot", "VM.Snapshot.Rollback", "VM.Audit"))
                .proxyTo("node")
                .parameters(snapParams().build())
                .returns(ObjectSchema.builder().additionalProperties(true).build())
                .code((p, env) -> {
                    GuestConfig snap = io(() -> apps.configs().loadSnapshotConfig(vmid(p), p.get("snapname").asString()));
                    return ApiParts.sectionJson(snap.main(), "");
                })
                .build();
    }

    private ApiMethod configPut() {
        return ApiMethod.builder("update_snapshot_config").path("{snapname}/config").put()
                .description("Update snapshot metadata.")
                .permissions(perm("/vms/{vmid}", false, "VM.Snapshot"))
                .protectedCall()
                .proxyTo("node")
                .parameters(snapParams().property("description", StringSchema.builder().optional()
                        .description("A textual description or comment.").build()).build())
                .returns(ApiParts.NULL)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    String snapname = p.get("snapname").asString();
                    if (text(p, "description").isEmpty()) {
                        return JSON.nullNode();
                    }
                    io(() -> apps.configs().lockConfig(vmid, () -> {
                        GuestConfig conf = apps.configs().load(vmid);
                        LockProperty.checkLock(AppGuests.TYPE, conf.main());
                        ConfigSection snap = conf.snapshots().get(snapname);
                        if (snap == null) {
                            throw new GuestConfigException("snapshot '" + snapname + "' does not exist");
                        }
                        String d = text(p, "description").get();
                        apps.configs().write(vmid, conf.withSnapshot(snapname, snap.withDescription(d.isEmpty() ? null : d)));
                        return null;
                    }));
                    return JSON.nullNode();
                })
                .build();
    }

    private ApiMethod rollback() {
        return ApiMethod.builder("rollback").path("{snapname}/rollback").post()
                .description("Rollback app state to specified snapshot.")
                .permissions(perm("/vms/{vmid}", true, "VM.Snapshot", "VM.Snapshot.Rollback"))
                .protectedCall()
                .proxyTo("node")
                .parameters(snapParams().property("start", ApiParts.flag("Whether the app should get started after"
                        + " rolling back successfully.")).build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    String snapname = p.get("snapname").asString();
                    io(() -> apps.configs().loadSnapshotConfig(vmid, snapname));
                    boolean start = bool(p, "start");
                    return ApiParts.fork(env, "approllback", vmid, worker(log -> {
                        apps.snapshots(log).rollback(vmid, snapname);
                        log.accept("app " + vmid + " rolled back to snapshot '" + snapname + "'");
                        if (start) {
                            apps.start(vmid, log);
                        }
                    }));
                })
                .build();
    }
}
