package dev.jpve.node.app;

import static dev.jpve.node.app.ApiParts.JSON;
import static dev.jpve.node.app.ApiParts.bool;
import static dev.jpve.node.app.ApiParts.guestParams;
import static dev.jpve.node.app.ApiParts.io;
import static dev.jpve.node.app.ApiParts.perm;
import static dev.jpve.node.app.ApiParts.text;
import static dev.jpve.node.app.ApiParts.vmid;
import static dev.jpve.node.app.ApiParts.worker;

import dev.jpve.guest.GuestConfig;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API of app guests, mounted at {@code /nodes/{node}/app}, with the paths, method names and
 * permissions of qemu-server's {@code PVE::API2::Qemu}: list and create, {@code {vmid}} (destroy),
 * {@code config} (GET, POST async, PUT sync), {@code pending}, {@code status/current|start|stop|shutdown}
 * and {@code snapshot} ({@link AppSnapshotApi}). Long operations run as tasks
 * ({@code appcreate}, {@code appstart}, ...) and return their UPID.
 */
public final class AppApi {
    private final AppGuests apps;

    private AppApi(AppGuests apps) {
        this.apps = apps;
    }

    /** The handler over these guests. */
    public static ApiHandler handler(AppGuests apps) {
        AppApi api = new AppApi(apps);
        return ApiHandler.builder("PVE::API2::App")
                .register(api.list())
                .register(api.create())
                .register(ApiParts.index("vmdiridx", "{vmid}", "Directory index.", guestParams().build(),
                        "config", "pending", "status", "snapshot"))
                .register(api.destroy())
                .register(api.configGet())
                .register(api.pending())
                .register(api.update("update_vm_async", true))
                .register(api.update("update_vm", false))
                .register(ApiParts.index("vmcmdidx", "{vmid}/status", "Directory index", guestParams().build(),
                        "current", "start", "stop", "shutdown"))
                .register(api.status())
                .register(api.powerMethod("vm_start", "start", "Start the app.", "appstart"))
                .register(api.powerMethod("vm_stop", "stop", "Stop the app: kill its process group. This is"
                        + " akin to pulling the power plug.", "appstop"))
                .register(api.powerMethod("vm_shutdown", "shutdown", "Shutdown the app: SIGTERM to its process"
                        + " group, then wait.", "appshutdown"))
                .mount("{vmid}/snapshot", AppSnapshotApi.handler(apps))
                .build();
    }

    private ApiMethod list() {
        return ApiMethod.builder("vmlist").path("").get()
                .description("App index (per node).")
                .permissions(Permissions.anyUser().withDescription("Only list apps where you have VM.Audit permissions"
                        + " on /vms/<vmid>."))
                .proxyTo("node")
                .parameters(ObjectSchema.builder().additionalProperties(false)
                        .property("node", StandardOptions.PVE_NODE).build())
                .returns(ApiParts.withChildLinks(ArraySchema.builder().items(ObjectSchema.builder()
                        .additionalProperties(true)
                        .property("vmid", StandardOptions.PVE_VMID)
                        .property("status", StringSchema.builder().enumValues("stopped", "running").build())
                        .build()).build(), "vmid"))
                .code((p, env) -> {
                    ArrayNode out = JSON.arrayNode();
                    for (int vmid : io(apps::list)) {
                        if (env.hasPrivilege("/vms/" + vmid, "VM.Audit")) {
                            AppStatusReport.of(apps, vmid).ifPresent(out::add);
                        }
                    }
                    return out;
                })
                .build();
    }

    private ApiMethod create() {
        ObjectSchema.Builder params = guestParams();
        AppProperties.schemas().forEach(params::property);
        return ApiMethod.builder("create_vm").path("").post()
                .description("Create an app guest: a supervised process with volumes. Volumes are allocated with"
                        + " 'local:<GiB>' (a qcow2 image, raw without qemu-img) or 'local:dir' (a directory).")
                .permissions(perm("/vms/{vmid}", false, "VM.Allocate"))
                .protectedCall()
                .proxyTo("node")
                .parameters(params.build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    Map<String, String> values = ApiParts.configValues(p);
                    ApiParts.checkRootOnly(env, values.keySet());
                    io(() -> {
                        apps.reserve(vmid);
                        return null;
                    });
                    return ApiParts.fork(env, "appcreate", vmid, worker(log -> {
                        apps.create(vmid, values, log);
                        log.accept("created app " + vmid);
                    }));
                })
                .build();
    }

    private ApiMethod destroy() {
        return ApiMethod.builder("destroy_vm").path("{vmid}").delete()
                .description("Destroy the app and all used/owned volumes.")
                .permissions(perm("/vms/{vmid}", false, "VM.Allocate"))
                .protectedCall()
                .proxyTo("node")
                .parameters(guestParams().property("purge", ApiParts.flag("Remove the app's process log too.")).build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    io(() -> apps.configs().load(vmid));
                    if (apps.isRunning(vmid)) {
                        throw new dev.jpve.guest.GuestConfigException("app " + vmid + " is running - destroy failed");
                    }
                    boolean purge = bool(p, "purge");
                    return ApiParts.fork(env, "appdestroy", vmid,
                            worker(log -> apps.destroy(vmid, purge, log)));
                })
                .build();
    }

    private ApiMethod configGet() {
        return ApiMethod.builder("vm_config").path("{vmid}/config").get()
                .description("Get the app configuration with pending configuration changes applied. Set the"
                        + " 'current' parameter to get the current configuration instead.")
                .permissions(perm("/vms/{vmid}", false, "VM.Audit"))
                .proxyTo("node")
                .parameters(guestParams()
                        .property("current", ApiParts.flag("Get current values (instead of pending values)."))
                        .property("snapshot", StandardOptions.PVE_SNAPSHOT_NAME.toBuilder().optional()
                                .description("Fetch config values from given snapshot.").build())
                        .build())
                .returns(ObjectSchema.builder().additionalProperties(true)
                        .property("digest", StringSchema.builder().description("SHA1 digest of the config file.")
                                .build())
                        .build())
                .code((p, env) -> {
                    int vmid = vmid(p);
                    if (text(p, "snapshot").isPresent()) {
                        if (bool(p, "current")) {
                            throw ApiException.param(Map.of("current",
                                    "cannot use 'snapshot' parameter with 'current'"));
                        }
                        GuestConfig snap = io(() -> apps.configs().loadSnapshotConfig(vmid, text(p, "snapshot").get()));
                        return ApiParts.sectionJson(snap.main(), snap.digest());
                    }
                    GuestConfig conf = io(() -> apps.configs().loadCurrentConfig(vmid, bool(p, "current")));
                    return ApiParts.sectionJson(conf.main(), conf.digest());
                })
                .build();
    }

    private ApiMethod pending() {
        return ApiMethod.builder("vm_pending").path("{vmid}/pending").get()
                .description("Get the app configuration with both current and pending values.")
                .permissions(perm("/vms/{vmid}", false, "VM.Audit"))
                .proxyTo("node")
                .parameters(guestParams().build())
                .returns(ArraySchema.builder().items(ObjectSchema.builder().additionalProperties(true)
                        .property("key", StringSchema.builder().description("Configuration option name.").build())
                        .build()).build())
                .code((p, env) -> {
                    ArrayNode out = JSON.arrayNode();
                    for (AppConfigEdit.PendingEntry e : AppConfigEdit.pendingList(io(() -> apps.configs().load(vmid(p))))) {
                        ObjectNode row = out.addObject().put("key", e.key());
                        e.value().ifPresent(v -> row.set("value", ApiParts.value(e.key(), v)));
                        e.pending().ifPresent(v -> row.set("pending", ApiParts.value(e.key(), v)));
                        e.delete().ifPresent(d -> row.put("delete", d));
                    }
                    return out;
                })
                .build();
    }

    private ApiMethod update(String name, boolean async) {
        ObjectSchema.Builder params = guestParams();
        AppProperties.schemas().forEach(params::property);
        params.property("delete", StringSchema.builder().optional().format("pve-configid-list")
                        .description("A list of settings you want to delete.").build())
                .property("revert", StringSchema.builder().optional().format("pve-configid-list")
                        .description("Revert a pending change.").build())
                .property("digest", StandardOptions.PVE_CONFIG_DIGEST);
        return ApiMethod.builder(name).path("{vmid}/config").method(async ? dev.jpve.rest.HttpMethod.POST
                        : dev.jpve.rest.HttpMethod.PUT)
                .description(async ? "Set app options (asynchronous API): returns the UPID of an 'appconfig' task."
                        : "Set app options (synchronous API). Options that only take effect when the process starts"
                                + " (cmd, env, cwd, memory, volumes) stay pending while the app runs.")
                .permissions(perm("/vms/{vmid}", true, "VM.Config.Disk", "VM.Config.CDROM", "VM.Config.CPU",
                        "VM.Config.Memory", "VM.Config.Network", "VM.Config.HWType", "VM.Config.Options",
                        "VM.Config.Cloudinit"))
                .protectedCall()
                .proxyTo("node")
                .parameters(params.build())
                .returns(async ? ApiParts.UPID : ApiParts.NULL)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    AppConfigChange change = change(p, env, vmid);
                    if (!async) {
                        io(() -> apps.update(vmid, change, s -> { }));
                        return JSON.nullNode();
                    }
                    return ApiParts.fork(env, "appconfig", vmid, worker(log -> {
                        apps.update(vmid, change, log);
                        log.accept("updated config of app " + vmid);
                    }));
                })
                .build();
    }

    /** The change a config call asks for, checked as upstream checks it (conflicts, privileges). */
    private static AppConfigChange change(ObjectNode p, RestEnvironment env, int vmid) {
        Map<String, String> set = ApiParts.configValues(p);
        List<String> delete = ApiParts.words(p, "delete");
        List<String> revert = ApiParts.words(p, "revert");
        Map<String, String> errors = new LinkedHashMap<>();
        for (String key : delete) {
            if (set.containsKey(key)) {
                errors.put("delete", "you can't use '-" + key + "' and -delete " + key + "' at the same time");
            } else if (!AppProperties.schemas().containsKey(key) && !key.matches("unused\\d+")) {
                errors.put("delete", "unknown option '" + key + "'");
            }
        }
        for (String key : revert) {
            if (set.containsKey(key)) {
                errors.put("revert", "you can't use '-" + key + "' and '-revert " + key + "' at the same time");
            } else if (delete.contains(key)) {
                errors.put("revert", "you can't use '-delete " + key + "' and '-revert " + key + "' at the same time");
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.param(errors);
        }
        if (set.isEmpty() && delete.isEmpty() && revert.isEmpty()) {
            throw ApiException.of(400, "no options specified\n");
        }
        Set<String> touched = new HashSet<>(set.keySet());
        touched.addAll(delete);
        touched.addAll(revert);
        ApiParts.checkRootOnly(env, touched);
        ApiParts.checkConfigPrivileges(env, vmid, touched);
        return new AppConfigChange(set, delete, revert, text(p, "digest"));
    }

    private ApiMethod status() {
        return ApiMethod.builder("vm_status").path("{vmid}/status/current").get()
                .description("Get the app's status.")
                .permissions(perm("/vms/{vmid}", false, "VM.Audit"))
                .proxyTo("node")
                .parameters(guestParams().build())
                .returns(ObjectSchema.builder().additionalProperties(true)
                        .property("status", StringSchema.builder().enumValues("stopped", "running").build())
                        .build())
                .code((p, env) -> AppStatusReport.of(apps, vmid(p)).orElseThrow(() -> new dev.jpve.guest
                        .GuestConfigException("Configuration file '" + apps.configs().configPath(vmid(p), null)
                                + "' does not exist")))
                .build();
    }

    private ApiMethod powerMethod(String name, String action, String description, String taskType) {
        ObjectSchema.Builder params = guestParams();
        if (action.equals("stop")) {
            params.property("skiplock", StandardOptions.SKIPLOCK);
        }
        if (action.equals("shutdown")) {
            params.property("timeout", IntegerSchema.builder().optional().minimum(0).defaultValue(60L)
                            .description("Wait maximal timeout seconds.").build())
                    .property("forceStop", ApiParts.flag("Make sure the app stops."));
        }
        return ApiMethod.builder(name).path("{vmid}/status/" + action).post()
                .description(description)
                .permissions(perm("/vms/{vmid}", false, "VM.PowerMgmt"))
                .protectedCall()
                .proxyTo("node")
                .parameters(params.build())
                .returns(ApiParts.UPID)
                .code((p, env) -> {
                    int vmid = vmid(p);
                    io(() -> apps.configs().load(vmid));
                    if (bool(p, "skiplock") && env.user().filter("root@pam"::equals).isEmpty()) {
                        throw ApiException.of(403, "Only root may use this option.\n");
                    }
                    return ApiParts.fork(env, taskType, vmid, worker(log -> {
                        switch (action) {
                            case "start" -> apps.start(vmid, log);
                            case "stop" -> apps.stop(vmid, bool(p, "skiplock"), log);
                            default -> apps.shutdown(vmid, Duration.ofSeconds(p.path("timeout").asLong(60)),
                                    bool(p, "forceStop"), log);
                        }
                    }));
                })
                .build();
    }
}
