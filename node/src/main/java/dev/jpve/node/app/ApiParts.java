package dev.jpve.node.app;

import dev.jpve.guest.ConfigSection;
import dev.jpve.rest.Permissions;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import dev.jpve.task.TaskWorker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** The pieces the app API methods share: parameter schemas, permission checks, results. */
final class ApiParts {
    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final Schema UPID = StringSchema.builder().description("the task id (UPID)").build();
    static final Schema NULL = dev.jpve.schema.NullSchema.builder().build();

    private ApiParts() {}

    /** {@code ['perm', path, [privs...]]}, with {@code any => 1} when {@code any}. */
    static Permissions perm(String path, boolean any, String... privileges) {
        ArrayNode check = JSON.arrayNode().add("perm").add(path);
        ArrayNode privs = check.addArray();
        for (String p : privileges) {
            privs.add(p);
        }
        if (any) {
            check.add("any").add(1);
        }
        return Permissions.check(check);
    }

    /** {@code node} and {@code vmid}, then {@code more}; no other parameter. */
    static ObjectSchema.Builder guestParams() {
        return ObjectSchema.builder().additionalProperties(false).property("node", StandardOptions.PVE_NODE)
                .property("vmid", StandardOptions.PVE_VMID);
    }

    /** A list of {@code {subdir: name}} with upstream's child links. */
    static Schema subdirList() {
        return withChildLinks(ArraySchema.builder().items(ObjectSchema.builder().additionalProperties(true).build())
                .build(), "subdir");
    }

    /** {@code schema} with upstream's {@code links: [{rel: child, href: "{<property>}"}]}, which jpvesh ls follows. */
    static Schema withChildLinks(Schema schema, String property) {
        ArrayNode links = JSON.arrayNode();
        links.addObject().put("rel", "child").put("href", "{" + property + "}");
        return schema.withCommon(schema.common().toBuilder().links(links).build());
    }

    /** A directory-index method listing {@code subdirs} (upstream's {@code vmdiridx} and friends). */
    static dev.jpve.rest.ApiMethod index(String name, String path, String description, ObjectSchema params,
            String... subdirs) {
        return dev.jpve.rest.ApiMethod.builder(name).path(path).get()
                .description(description)
                .permissions(Permissions.anyUser())
                .parameters(params)
                .returns(subdirList())
                .code((p, env) -> subdirs(subdirs))
                .build();
    }

    static JsonNode subdirs(String... names) {
        ArrayNode list = JSON.arrayNode();
        for (String n : names) {
            list.addObject().put("subdir", n);
        }
        return list;
    }

    static BooleanSchema flag(String description) {
        return BooleanSchema.builder().optional().defaultValue(0L).description(description).build();
    }

    static int vmid(ObjectNode params) {
        return params.get("vmid").asInt();
    }

    static boolean bool(ObjectNode params, String key) {
        JsonNode v = params.get(key);
        return v != null && (v.isBoolean() ? v.asBoolean() : v.asString().matches("1|on|yes|true"));
    }

    static java.util.Optional<String> text(ObjectNode params, String key) {
        JsonNode v = params.get(key);
        return v == null || v.isNull() ? java.util.Optional.empty() : java.util.Optional.of(v.asString());
    }

    /** The section's keys as an API object, with the description and the digest. */
    static ObjectNode sectionJson(ConfigSection section, String digest) {
        ObjectNode out = JSON.objectNode();
        section.properties().forEach((k, v) -> {
            if (!k.equals("snapstate")) {
                out.set(k, value(k, v));
            }
        });
        section.description().ifPresent(d -> out.put("description", d));
        if (!digest.isEmpty()) {
            out.put("digest", digest);
        }
        return out;
    }

    /** A config value as the API returns it: integers and booleans as numbers. */
    static JsonNode value(String key, String value) {
        return switch (key) {
            case "memory", "onboot", "snaptime", "template" -> value.matches("\\d{1,18}")
                    ? JSON.numberNode(Long.parseLong(value)) : StringNode.valueOf(value);
            default -> StringNode.valueOf(value);
        };
    }

    /** Refuses keys only root may set, for anyone else. */
    static void checkRootOnly(RestEnvironment env, Iterable<String> keys) {
        if (env.user().filter("root@pam"::equals).isPresent()) {
            return;
        }
        for (String key : keys) {
            if (AppProperties.ROOT_ONLY_KEYS.contains(key)) {
                throw ApiException.of(403, "only root can set '" + key + "' config\n");
            }
        }
    }

    /** The privilege upstream's {@code check_vm_modify_config_perm} asks for changing {@code key}. */
    static String configPrivilege(String key) {
        if (AppProperties.isVolumeKey(key) || key.matches("unused\\d+")) {
            return "VM.Config.Disk";
        }
        return key.equals("memory") ? "VM.Config.Memory" : "VM.Config.Options";
    }

    /** Fails with 403 unless the caller may change every key on {@code /vms/<vmid>}. */
    static void checkConfigPrivileges(RestEnvironment env, int vmid, Iterable<String> keys) {
        for (String key : keys) {
            String priv = configPrivilege(key);
            if (!env.hasPrivilege("/vms/" + vmid, priv)) {
                throw ApiException.permission("/vms/" + vmid + ", " + priv);
            }
        }
    }

    /** The property values of the call as config text. */
    static Map<String, String> configValues(ObjectNode params) {
        Map<String, String> out = new java.util.TreeMap<>();
        for (String key : AppProperties.schemas().keySet()) {
            JsonNode v = params.get(key);
            if (v != null && !v.isNull()) {
                out.put(key, v.isBoolean() ? (v.asBoolean() ? "1" : "0") : v.asString());
            }
        }
        return out;
    }

    /** The words of a {@code -list} parameter (separated by commas, semicolons or white space). */
    static List<String> words(ObjectNode params, String key) {
        List<String> out = new ArrayList<>();
        text(params, key).ifPresent(t -> {
            for (String w : t.split("[,;\\s]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        });
        return out;
    }

    /** Code that reads or writes configs. */
    @FunctionalInterface
    interface IoCode<T> {
        T run() throws IOException;
    }

    /** Runs the code, turning an I/O failure into an unchecked one (a 500 for the caller). */
    static <T> T io(IoCode<T> code) {
        try {
            return code.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Starts the task on the guest and returns its UPID as the method's result. */
    static JsonNode fork(RestEnvironment env, String type, int vmid, TaskWorker worker) {
        return StringNode.valueOf(env.forkWorker(type, Integer.toString(vmid), worker).encode());
    }

    /** A worker whose log lines go to the task log. */
    static TaskWorker worker(WorkerCode code) {
        return task -> code.run(task::log);
    }

    /** The work of a task, given its log. */
    @FunctionalInterface
    interface WorkerCode {
        void run(java.util.function.Consumer<String> log) throws Exception;
    }
}
