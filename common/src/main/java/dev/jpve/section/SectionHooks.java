package dev.jpve.section;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The base plugin's overridable behaviour: section header syntax and value conversion
 * (upstream {@code parse_section_header}, {@code format_section_header}, {@code decode_value},
 * {@code encode_value}).
 *
 * <p>Every method has upstream's default; implement only what differs. Implementations must be
 * thread-safe.
 *
 * {@snippet :
 * SectionHooks hooks = new SectionHooks() {
 *     @Override
 *     public JsonNode encodeValue(String type, String key, JsonNode value) {
 *         return key.equals("nodes") ? joinKeys(value) : value;
 *     }
 * };
 * SectionConfig config = SectionConfig.builder().hooks(hooks).plugin(dir).build();
 * }
 */
public interface SectionHooks {
    /** Upstream's defaults throughout. */
    SectionHooks DEFAULT = new SectionHooks() {};

    /** The default header syntax {@code TYPE: ID}. */
    Pattern HEADER = Pattern.compile("^(\\S+):\\s*(\\S+)\\s*$");

    /**
     * Parses a line as a section header; empty if it is none (then the line is ignored with a
     * warning). Default: {@code ^(\S+):\s*(\S+)\s*$}, no error, no extra attributes.
     */
    default Optional<SectionHeader> parseHeader(String line) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SectionHeader(m.group(1), m.group(2), Optional.empty(),
                JsonNodeFactory.instance.objectNode()));
    }

    /**
     * The header line of a section, ending with {@code \n}. Keys added to {@code done} are not
     * written as property lines. Default: {@code TYPE: ID\n}.
     */
    default String formatHeader(String type, String sectionId, ObjectNode section, Set<String> done) {
        return type + ": " + sectionId + "\n";
    }

    /** Converts a checked value read from the file into its in-memory form. Default: identity. */
    default JsonNode decodeValue(String type, String key, JsonNode value) {
        return value;
    }

    /** Converts an in-memory value into what is written to the file. Default: identity. */
    default JsonNode encodeValue(String type, String key, JsonNode value) {
        return value;
    }
}
