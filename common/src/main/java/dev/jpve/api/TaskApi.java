package dev.jpve.api;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.IntegerSchema;
import dev.jpve.schema.NullSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import dev.jpve.task.LogLines;
import dev.jpve.task.TaskEntry;
import dev.jpve.task.TaskList;
import dev.jpve.task.TaskQuery;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.TaskState;
import dev.jpve.task.Upid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The task endpoints of a node, mounted at {@code nodes/{node}/tasks}: the list with its filters,
 * a task's status and log, and stopping it. Callers see their own tasks (a user also those of
 * its tokens); other tasks need {@code Sys.Audit} on {@code /nodes/NODE} (stopping needs
 * {@code Sys.Modify}).
 *
 * {@snippet :
 * ApiHandler nodes = ApiHandler.builder("Nodes").mount("{node}/tasks", TaskApi.handler(runner)).build();
 * }
 */
public final class TaskApi {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TaskApi() {}

    /** The handler serving the tasks of {@code runner}'s task directory. */
    public static ApiHandler handler(TaskRunner runner) {
        return ApiHandler.builder("PVE::API2::Tasks")
                .register(list(runner))
                .register(index())
                .register(status(runner))
                .register(log(runner))
                .register(stop(runner))
                .build();
    }

    private static ObjectSchema.Builder nodeParams() {
        return ObjectSchema.builder().additionalProperties(false).property("node", StandardOptions.PVE_NODE);
    }

    private static ObjectSchema.Builder upidParams() {
        return nodeParams().property("upid", StringSchema.builder().description("The task's unique ID.").build());
    }

    private static ApiMethod list(TaskRunner runner) {
        IntegerSchema count = IntegerSchema.builder().minimum(0).optional().build();
        return ApiMethod.builder("node_tasks").path("").get()
                .description("Read task list for one node (finished tasks).")
                .permissions(Permissions.anyUser().withDescription(
                        "List task associated with the current user, or all task the user has 'Sys.Audit' permissions on /nodes/<node> (the <node> the task runs on)."))
                .proxyTo("node")
                .parameters(nodeParams()
                        .property("start", count.toBuilder().defaultValue(0).build())
                        .property("limit", count.toBuilder().defaultValue(50).build())
                        .property("userfilter", StringSchema.builder().optional().build())
                        .property("typefilter", StringSchema.builder().optional().build())
                        .property("vmid", StandardOptions.PVE_VMID.withOptional())
                        .property("errors", BooleanSchema.builder().optional().defaultValue(0).build())
                        .property("source", StringSchema.builder().enumValues("archive", "active", "all")
                                .defaultValue("archive").optional().build())
                        .property("since", IntegerSchema.builder().optional().build())
                        .property("until", IntegerSchema.builder().optional().build())
                        .build())
                .returns(ArraySchema.builder().items(ObjectSchema.builder().property("upid", StringSchema.builder().build())
                        .build()).build())
                .code((params, env) -> listTasks(runner, params, env))
                .build();
    }

    private static JsonNode listTasks(TaskRunner runner, ObjectNode p, RestEnvironment env) {
        TaskQuery q = new TaskQuery(p.path("start").asInt(0), p.path("limit").asInt(50),
                TaskQuery.Source.valueOf(p.path("source").asString("archive").toUpperCase(java.util.Locale.ROOT)),
                p.path("errors").asBoolean(false) || "1".equals(p.path("errors").asString("")),
                text(p, "typefilter"), text(p, "userfilter"), text(p, "vmid"), number(p, "since"), number(p, "until"));
        boolean audit = env.hasPrivilege("/nodes/" + p.get("node").asString(), "Sys.Audit");
        try {
            TaskList all = TaskList.query(runner.activeTasks(), q.withPage(0, Integer.MAX_VALUE));
            var visible = all.tasks().stream().filter(t -> audit || ownTask(t.upid(), env)).toList();
            int from = Math.min(q.start(), visible.size());
            ArrayNode out = NODES.arrayNode();
            visible.subList(from, Math.min(visible.size(), from + q.limit())).forEach(t -> out.add(entryJson(t)));
            env.setResultAttribute("total", IntNode.valueOf(visible.size()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiMethod index() {
        return ApiMethod.builder("upid_index").path("{upid}").get()
                .description("")
                .permissions(Permissions.anyUser())
                .parameters(upidParams().build())
                .returns(ArraySchema.builder().items(ObjectSchema.builder().build()).build())
                .code((params, env) -> {
                    ArrayNode dirs = NODES.arrayNode();
                    dirs.addObject().put("name", "log");
                    dirs.addObject().put("name", "status");
                    return dirs;
                })
                .build();
    }

    private static ApiMethod status(TaskRunner runner) {
        return ApiMethod.builder("read_task_status").path("{upid}/status").get()
                .description("Read task status.")
                .permissions(Permissions.anyUser().withDescription(
                        "The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they aren't the owner of the task."))
                .proxyTo("node")
                .parameters(upidParams().build())
                .returns(ObjectSchema.builder().additionalProperties(true)
                        .property("pid", IntegerSchema.builder().build())
                        .property("status", StringSchema.builder().enumValues("running", "stopped").build())
                        .build())
                .code((params, env) -> {
                    Upid upid = existingTask(runner, params, env);
                    TaskState state = runner.state(upid);
                    ObjectNode out = upidJson(upid);
                    out.put("status", state.status());
                    state.exitstatus().ifPresent(s -> out.put("exitstatus", s));
                    return out;
                })
                .build();
    }

    private static ApiMethod log(TaskRunner runner) {
        IntegerSchema count = IntegerSchema.builder().minimum(0).optional().build();
        return ApiMethod.builder("read_task_log").path("{upid}/log").get()
                .description("Read task log.")
                .permissions(Permissions.anyUser().withDescription(
                        "The user needs 'Sys.Audit' permissions on '/nodes/<node>' if they aren't the owner of the task."))
                .proxyTo("node")
                .parameters(upidParams().property("start", count.toBuilder().defaultValue(0).build())
                        .property("limit", count.toBuilder().defaultValue(50).build()).build())
                .returns(ArraySchema.builder().items(ObjectSchema.builder()
                        .property("n", IntegerSchema.builder().description("Line number").build())
                        .property("t", StringSchema.builder().description("Line text").build()).build()).build())
                .code((params, env) -> {
                    Upid upid = existingTask(runner, params, env);
                    LogLines page = LogLines.read(runner.logDirectory().logFile(upid), params.path("start").asInt(0),
                            params.path("limit").asInt(50), Optional.empty());
                    ArrayNode out = NODES.arrayNode();
                    page.lines().forEach(l -> out.addObject().put("n", l.n()).put("t", l.t()));
                    env.setResultAttribute("total", IntNode.valueOf(page.total()));
                    return out;
                })
                .build();
    }

    private static ApiMethod stop(TaskRunner runner) {
        return ApiMethod.builder("stop_task").path("{upid}").delete()
                .description("Stop a task.")
                .permissions(Permissions.anyUser().withDescription(
                        "The user needs 'Sys.Modify' permissions on '/nodes/<node>' if they aren't the owner of the task."))
                .protectedCall()
                .proxyTo("node")
                .parameters(upidParams().build())
                .returns(NullSchema.builder().build())
                .code((params, env) -> {
                    Upid upid = decode(params);
                    requireAccess(upid, params, env, "Sys.Modify");
                    runner.stop(upid);
                    return NullNode.getInstance();
                })
                .build();
    }

    private static Upid existingTask(TaskRunner runner, ObjectNode params, RestEnvironment env) {
        Upid upid = decode(params);
        if (!Files.isRegularFile(runner.logDirectory().logFile(upid))) {
            throw ApiException.param(Map.of("upid", "no such task"));
        }
        requireAccess(upid, params, env, "Sys.Audit");
        return upid;
    }

    private static Upid decode(ObjectNode params) {
        return Upid.tryDecode(params.get("upid").asString())
                .orElseThrow(() -> ApiException.param(Map.of("upid", "unable to parse worker upid")));
    }

    private static void requireAccess(Upid upid, ObjectNode params, RestEnvironment env, String privilege) {
        if (!ownTask(upid, env) && !env.hasPrivilege("/nodes/" + params.get("node").asString(), privilege)) {
            throw ApiException.permission();
        }
    }

    /** A user owns its tasks and those of its tokens; a token only its own. */
    static boolean ownTask(Upid upid, RestEnvironment env) {
        String taskUser = upid.user();
        return env.user().filter(u -> u.equals(taskUser) || (!u.contains("!") && taskUser.startsWith(u + "!")))
                .isPresent();
    }

    private static ObjectNode upidJson(Upid upid) {
        ObjectNode out = NODES.objectNode();
        out.put("upid", upid.encode()).put("node", upid.node()).put("pid", upid.pid()).put("pstart", upid.pstart())
                .put("starttime", upid.starttime()).put("type", upid.type()).put("id", upid.id());
        int bang = upid.user().indexOf('!');
        out.put("user", bang < 0 ? upid.user() : upid.user().substring(0, bang));
        if (bang >= 0) {
            out.put("tokenid", upid.user().substring(bang + 1));
        }
        return out;
    }

    private static ObjectNode entryJson(TaskEntry t) {
        ObjectNode out = upidJson(t.upid());
        t.endtime().ifPresent(e -> out.put("endtime", e));
        t.status().ifPresent(s -> out.put("status", s));
        return out;
    }

    private static Optional<String> text(ObjectNode p, String key) {
        return p.hasNonNull(key) ? Optional.of(p.get(key).asString()) : Optional.empty();
    }

    private static OptionalLong number(ObjectNode p, String key) {
        return p.hasNonNull(key) ? OptionalLong.of(Long.parseLong(p.get(key).asString())) : OptionalLong.empty();
    }
}
