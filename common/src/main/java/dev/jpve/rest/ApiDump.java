package dev.jpve.rest;

import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import dev.jpve.schema.TypeTexts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The API tree the API viewer and the documentation generator read (upstream's {@code api_dump}).
 *
 * <p>A JSON array of nodes {@code {path, text, leaf, info?, children?}}: one node per path
 * component, in registration order, {@code info} mapping HTTP methods to method infos where
 * methods exist. Method infos carry every key set on the method except the code and the path;
 * unless raw, parameter schemas collapse indexed properties ({@code net0}, {@code net1}, ... into
 * {@code net[n]}) and carry a {@code typetext} wherever it says more than the type.
 */
public final class ApiDump {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{[^}]+}");

    private final boolean raw;
    private final ArrayNode tree = NODES.arrayNode();
    private final Map<String, Boolean> seen = new HashMap<>();

    private ApiDump(boolean raw) {
        this.raw = raw;
    }

    /** The tree of a handler and everything mounted below it. */
    public static ArrayNode of(ApiHandler handler) {
        return of(handler, "", false);
    }

    /**
     * The tree of a handler mounted at {@code prefix}.
     *
     * @param raw whether schemas are dumped as defined (no {@code net[n]}, no typetexts)
     * @throws IllegalArgumentException {@code duplicate path 'P'} if two methods share an HTTP
     *     method and a path that differs only in parameter names
     */
    public static ArrayNode of(ApiHandler handler, String prefix, boolean raw) {
        ApiDump dump = new ApiDump(raw);
        dump.add(handler, prefix);
        cleanup(dump.tree);
        return dump.tree;
    }

    private void add(ApiHandler handler, String prefix) {
        for (Registration r : handler.registrations()) {
            switch (r) {
                case Registration.Mounted m -> add(m.mount().handler(), fullPath(prefix, m.mount().path()));
                case Registration.Method m -> addMethod(handler.formats(), m.method(), fullPath(prefix, m.method().path()));
            }
        }
    }

    private static String fullPath(String prefix, String path) {
        return (prefix + "/" + path).replaceAll("/+$", "");
    }

    private void addMethod(Formats formats, ApiMethod method, String path) {
        if (path.isEmpty()) {
            return;
        }
        String realPath = PATH_PARAM.matcher(path).replaceAll("{}");
        if (seen.put(method.method() + " " + realPath, true) != null) {
            throw new IllegalArgumentException("duplicate path '" + realPath + "'");
        }
        ObjectNode node = treeNode(path);
        if (node != null) {
            ObjectNode info = node.has("info") ? (ObjectNode) node.get("info") : node.putObject("info");
            info.set(method.method().name(), methodInfo(formats, method));
        }
    }

    private ObjectNode treeNode(String path) {
        ArrayNode dir = tree;
        ObjectNode res = null;
        StringBuilder sp = new StringBuilder();
        for (String part : path.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            sp.append('/').append(part);
            res = find(dir, part);
            if (res == null) {
                res = dir.addObject();
                res.put("path", sp.toString());
                res.put("text", part);
                res.putArray("children");
            }
            dir = (ArrayNode) res.get("children");
        }
        return res;
    }

    private static ObjectNode find(ArrayNode dir, String text) {
        for (JsonNode n : dir) {
            if (n.get("text").stringValue().equals(text)) {
                return (ObjectNode) n;
            }
        }
        return null;
    }

    private ObjectNode methodInfo(Formats formats, ApiMethod method) {
        ObjectNode info = method.toJson();
        info.remove("path");
        if (!raw) {
            method.parameters().ifPresent(p -> info.set("parameters", cloneSchema(p, formats, false)));
            method.returns().ifPresent(r -> info.set("returns", cloneSchema(r, formats, true)));
        }
        return info;
    }

    /** Upstream's {@code api_clone_schema}. */
    static ObjectNode cloneSchema(Schema schema, Formats formats, boolean noTypetext) {
        ObjectNode json = schema.toJson();
        json.remove("completion");
        Map<String, Schema> props = schema.propertyMap();
        if (json.has("properties")) {
            ObjectNode out = NODES.objectNode();
            props.forEach((name, prop) -> indexedName(name, props).ifPresent(
                    key -> out.set(key, cloneProperty(prop, formats, noTypetext))));
            json.set("properties", out);
        }
        cloneMembers(json, "allOf", schema.common().allOf(), formats, noTypetext);
        cloneMembers(json, "oneOf", schema.common().oneOf(), formats, noTypetext);
        return json;
    }

    private static void cloneMembers(ObjectNode json, String key, Optional<List<Schema>> members, Formats formats,
            boolean noTypetext) {
        members.ifPresent(list -> {
            ArrayNode out = json.putArray(key);
            list.forEach(m -> out.add(cloneSchema(m, formats, noTypetext)));
        });
    }

    private static Optional<String> indexedName(String name, Map<String, Schema> props) {
        Matcher m = INDEXED.matcher(name);
        if (m.matches()) {
            boolean zero = m.group(2).chars().allMatch(c -> c == '0');
            if (zero && props.containsKey(m.group(1) + "1")) {
                return Optional.of(m.group(1) + "[n]");
            } else if (props.containsKey(m.group(1) + "0")) {
                return Optional.empty();
            }
        }
        return Optional.of(name);
    }

    private static ObjectNode cloneProperty(Schema prop, Formats formats, boolean noTypetext) {
        ObjectNode json = prop.toJson();
        json.remove("completion");
        boolean plain = prop.scalarRules().enumValues().isEmpty() && prop.scalarRules().pattern().isEmpty();
        if (!noTypetext && plain && json.has("type")) {
            String typetext = TypeTexts.typeText(prop, "", formats);
            if (!json.get("type").isString() || !json.get("type").stringValue().equals(typetext)) {
                json.put("typetext", typetext);
            }
        }
        return json;
    }

    private static void cleanup(ArrayNode tree) {
        for (JsonNode n : tree) {
            ObjectNode rec = (ObjectNode) n;
            JsonNode children = rec.get("children");
            if (children != null && children.isEmpty()) {
                rec.remove("children");
                children = null;
            }
            rec.put("leaf", children == null ? 1 : 0);
            if (children != null) {
                cleanup((ArrayNode) children);
            }
        }
    }
}
