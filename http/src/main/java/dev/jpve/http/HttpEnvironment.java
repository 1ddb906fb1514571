package dev.jpve.http;

import dev.jpve.rest.RestEnvironment;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.TaskWorker;
import dev.jpve.task.Upid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The environment of one API request: the caller, result attributes such as {@code total}, the
 * access control's privilege checks and, when the server has a task runner, tasks started in
 * the background.
 */
final class HttpEnvironment implements RestEnvironment {
    private final Caller caller;
    private final AccessControl access;
    private final Optional<TaskRunner> tasks;
    private final Map<String, JsonNode> attributes = new LinkedHashMap<>();

    HttpEnvironment(Caller caller, AccessControl access, Optional<TaskRunner> tasks) {
        this.caller = caller;
        this.access = access;
        this.tasks = tasks;
    }

    @Override
    public Optional<String> user() {
        return caller.authId();
    }

    @Override
    public Type type() {
        return Type.PUB;
    }

    @Override
    public void setResultAttribute(String key, JsonNode value) {
        attributes.put(key, value);
    }

    Optional<JsonNode> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    @Override
    public boolean hasPrivilege(String path, String privilege) {
        return caller.authId().filter(id -> access.hasPrivilege(id, path, privilege)).isPresent();
    }

    @Override
    public Upid forkWorker(String type, String id, TaskWorker worker) {
        if (tasks.isEmpty()) {
            return RestEnvironment.super.forkWorker(type, id, worker);
        }
        return tasks.get().start(type, id, caller.authId().orElse("root@pam"), worker).upid();
    }
}
