package dev.jpve.section;

import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Upstream {@code write_config}: sections in order, each ending with an empty line. */
final class SectionWriter {
    private final SectionConfig config;
    private final boolean allowUnknown;

    SectionWriter(SectionConfig config, boolean allowUnknown) {
        this.config = config;
        this.allowUnknown = allowUnknown;
    }

    String write(Map<String, ObjectNode> ids, Map<String, Integer> order) {
        StringBuilder out = new StringBuilder();
        for (String id : ordered(ids, order)) {
            ObjectNode section = ids.get(id);
            out.append(section(id, section == null ? JsonNodeFactory.instance.objectNode() : section)).append('\n');
        }
        return out.toString();
    }

    /** IDs by order number; those without one get max+1, max+2, ... in map order. */
    private static List<String> ordered(Map<String, ObjectNode> ids, Map<String, Integer> order) {
        int max = 0;
        for (String id : ids.keySet()) {
            Integer pri = order.get(id);
            if (pri != null && pri > max) {
                max = pri;
            }
        }
        Map<String, Integer> pris = new HashMap<>();
        for (String id : ids.keySet()) {
            Integer pri = order.get(id);
            pris.put(id, pri != null ? pri : ++max);
        }
        List<String> sorted = new ArrayList<>(ids.keySet());
        sorted.sort(Comparator.comparing(pris::get));
        return sorted;
    }

    private String section(String id, ObjectNode section) {
        String type = section.has("type") ? text(section.get("type")) : "";
        Map<String, PluginOption> opts = config.registry().options().get(type);
        if (opts == null && !allowUnknown) {
            throw new SectionConfigException("unknown section type '" + type + "'\n");
        }
        Set<String> done = new HashSet<>();
        StringBuilder data = new StringBuilder(config.hooks().formatHeader(type, id, section, done));
        if (opts == null) {
            raw(section, done, data);
        } else {
            known(id, type, section, opts, done, data);
        }
        return data.toString();
    }

    /** An unknown type: every key as is, {@code comment} first, then sorted; lists one line per element. */
    private static void raw(ObjectNode section, Set<String> done, StringBuilder data) {
        done.add("type");
        List<String> keys = new ArrayList<>();
        if (section.has("comment")) {
            keys.add("comment");
        }
        keys.addAll(new TreeSet<>(section.propertyNames()));
        for (String k : keys) {
            if (!done.add(k)) {
                continue;
            }
            JsonNode v = section.get(k);
            if (v.isArray()) {
                v.forEach(e -> data.append('\t').append(k).append(' ').append(text(e)).append('\n'));
            } else {
                data.append('\t').append(k).append(' ').append(text(v)).append('\n');
            }
        }
    }

    private void known(String id, String type, ObjectNode section, Map<String, PluginOption> opts,
            Set<String> done, StringBuilder data) {
        if (PerlScalar.isTruthy(section.get("comment")) && !done.contains("comment")) {
            data.append(line(type, "comment", section.get("comment")));
        }
        if (PerlScalar.isTruthy(section.get("disable")) && !done.contains("disable")) {
            data.append("\tdisable\n");
        }
        done.add("comment");
        done.add("disable");
        TreeSet<String> keys = new TreeSet<>(opts.keySet());
        for (String k : keys) {
            if (opts.get(k).optional() || !done.add(k)) {
                continue;
            }
            JsonNode v = section.get(k);
            if (PerlScalar.isUndefined(v)) {
                throw new SectionConfigException("section '" + id + "' - missing value for required option '" + k + "'\n");
            }
            data.append(line(type, k, v));
        }
        for (String k : keys) {
            JsonNode v = section.get(k);
            if (done.add(k) && !PerlScalar.isUndefined(v)) {
                data.append(line(type, k, v));
            }
        }
    }

    /** Upstream {@code format_config_line} of the encoded value. */
    private String line(String type, String key, JsonNode value) {
        JsonNode v = config.hooks().encodeValue(type, key, value);
        Schema schema = config.registry().propertySchema(type, key);
        String kind = schema == null ? "" : schema.typeName().orElse("");
        if (key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0 || (v != null && SectionChecks.hasLineFeed(v))) {
            throw new SectionConfigException("property '" + key + "' contains a line feed\n");
        }
        if (PerlScalar.isUndefined(v)) {
            return kind.equals("array") ? arrayRequired(key) : "";
        }
        return switch (kind) {
            case "boolean" -> "\t" + key + " " + (PerlScalar.isTruthy(v) ? 1 : 0) + "\n";
            case "array" -> arrayLines(key, v);
            default -> {
                String text = text(v);
                yield text.isEmpty() ? "" : "\t" + key + " " + text + "\n";
            }
        };
    }

    private static String arrayRequired(String key) {
        throw new SectionConfigException("property '" + key + "' is not an array");
    }

    private static String arrayLines(String key, JsonNode v) {
        if (!v.isArray()) {
            arrayRequired(key);
        }
        StringBuilder sb = new StringBuilder();
        for (JsonNode element : v) {
            // improvement: upstream writes elements with a line feed unchecked, corrupting the file
            if (SectionChecks.hasLineFeed(element)) {
                throw new SectionConfigException("property '" + key + "' contains a line feed\n");
            }
            sb.append('\t').append(key).append(' ').append(text(element)).append('\n');
        }
        return sb.toString();
    }

    /** Perl's string form of a value: undefined is empty, JSON booleans are 1 and 0. */
    static String text(JsonNode v) {
        if (PerlScalar.isUndefined(v)) {
            return "";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "1" : "0";
        }
        if (!PerlScalar.isScalar(v)) {
            throw new IllegalArgumentException("not a scalar: " + v);
        }
        return PerlScalar.text(v);
    }
}
