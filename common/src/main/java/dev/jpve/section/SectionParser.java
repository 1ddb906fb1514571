package dev.jpve.section;

import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.PerlScalar;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** One run of upstream {@code parse_config} over a text. */
final class SectionParser {
    private static final Pattern PROPERTY = Pattern.compile("^\\s+(\\S+)(\\s+(.*\\S))?\\s*$");
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final SectionConfig config;
    private final String filename;
    private final boolean allowUnknown;
    private final List<String> lines;
    private int next;
    private int pri = 1;
    private final Map<String, ObjectNode> ids = new LinkedHashMap<>();
    private final Map<String, Integer> order = new LinkedHashMap<>();
    private final List<ParseError> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    SectionParser(SectionConfig config, String filename, String raw, boolean allowUnknown) {
        this.config = config;
        this.filename = filename;
        this.allowUnknown = allowUnknown;
        this.lines = split(raw);
    }

    /** Perl's {@code split(/\n/, $raw)}: trailing empty fields are dropped. */
    private static List<String> split(String raw) {
        List<String> result = new ArrayList<>(List.of(raw.split("\n", -1)));
        while (!result.isEmpty() && result.getLast().isEmpty()) {
            result.removeLast();
        }
        return result;
    }

    SectionConfigData run(String raw) {
        while (next < lines.size()) {
            String line = nextLine();
            if (!truthy(line)) {
                continue;
            }
            Optional<SectionHeader> header = config.hooks().parseHeader(line);
            if (header.isPresent()) {
                section(header.get(), prefix());
            } else {
                warnings.add(prefix() + " - ignore config line: " + line + "\n");
            }
        }
        return new SectionConfigData(ids, order, digest(raw), errors, warnings);
    }

    /** The next line that is not a comment (null at the end); {@link #next} is then its line number. */
    private String nextLine() {
        while (next < lines.size()) {
            String line = lines.get(next++);
            if (!isComment(line)) {
                return line;
            }
        }
        return null;
    }

    /** {@code ^\s*#}, without a regex: this runs for every line. */
    private static boolean isComment(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '#') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
                return false;
            }
        }
        return false;
    }

    /** Perl truthiness of a line: an empty line and the line {@code 0} end a section (QUIRK). */
    private static boolean truthy(String line) {
        return line != null && !line.isEmpty() && !line.equals("0");
    }

    private String prefix() {
        return "file " + filename + " line " + next;
    }

    private void section(SectionHeader header, String errprefix) {
        String type = header.type();
        String id = header.sectionId();
        boolean skip = true;
        boolean unknown = false;
        if (header.error().isPresent()) {
            warnings.add(errprefix + " (skip section '" + id + "'): " + chomp(header.error().get()) + "\n");
        } else if (!truthy(type)) {
            warnings.add(errprefix + " (skip section '" + id + "'): missing type - internal error\n");
        } else if (config.registry().plugins().containsKey(type)) {
            skip = false;
        } else if (allowUnknown) {
            skip = false;
            unknown = true;
        } else {
            warnings.add(errprefix + " (skip section '" + id + "'): unsupported type '" + type + "'\n");
        }
        ObjectNode values = header.extra().deepCopy();
        for (String line = nextLine(); truthy(line); line = nextLine()) {
            if (!skip) {
                errprefix = prefix();
                property(line, type, id, values, unknown, errprefix);
            }
        }
        if (!skip) {
            finish(type, id, values, unknown, errprefix);
        }
    }

    private static String chomp(String s) {
        return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    }

    private void property(String line, String type, String id, ObjectNode values, boolean unknown, String errprefix) {
        Matcher m = PROPERTY.matcher(line);
        if (!m.matches()) {
            warnings.add(errprefix + " (section '" + id + "') - ignore config line: " + line + "\n");
            return;
        }
        String key = m.group(1);
        JsonNode value = m.group(3) == null ? null : JSON.stringNode(m.group(3));
        try {
            if (unknown) {
                addRaw(values, key, value);
            } else {
                addChecked(values, type, id, key, value);
            }
        } catch (RuntimeException e) {
            String err = dieText(e);
            warnings.add(errprefix + " (section '" + id + "') - unable to parse value of '" + key + "': " + err);
            errors.add(new ParseError(errprefix, id, key, err));
        }
    }

    /** Unknown type: raw values, a repeated key becomes a list. */
    private static void addRaw(ObjectNode values, String key, JsonNode value) {
        JsonNode old = values.get(key);
        JsonNode v = value == null ? JSON.nullNode() : value;
        if (PerlScalar.isUndefined(old)) {
            values.set(key, v);
        } else if (old instanceof ArrayNode list) {
            list.add(v);
        } else {
            values.putArray(key).add(old).add(v);
        }
    }

    private void addChecked(ObjectNode values, String type, String id, String key, JsonNode value) {
        var schema = config.registry().propertySchema(type, key);
        if (schema == null) {
            throw new SectionConfigException("unknown property type\n");
        }
        if (schema instanceof ArraySchema) {
            JsonNode checked = config.checks().checkValue(type, key, value, false);
            JsonNode list = values.get(key);
            (list instanceof ArrayNode a ? a : values.putArray(key)).add(checked);
            return;
        }
        if (!PerlScalar.isUndefined(values.get(key))) {
            throw new SectionConfigException("duplicate attribute\n");
        }
        values.set(key, config.checks().checkValue(type, key, value, false));
    }

    private void finish(String type, String id, ObjectNode values, boolean unknown, String errprefix) {
        values.put("type", type);
        ObjectNode section = values;
        if (!unknown) {
            try {
                section = config.checks().checkConfig(type, id, values, true, true);
            } catch (RuntimeException e) {
                warnings.add(errprefix + " (skip section '" + id + "'): " + dieText(e));
                section = null;
            }
        }
        ids.remove(id);
        ids.put(id, section);
        order.put(id, pri++);
    }

    /** The error's text as Perl's {@code $@} would hold it: always ending with a newline. */
    private static String dieText(RuntimeException e) {
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        return msg.endsWith("\n") ? msg : msg + "\n";
    }

    private static String digest(String raw) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(raw.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is missing from this JDK", e);
        }
    }
}
