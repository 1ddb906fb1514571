package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A YAML document close to what Perl's {@code YAML::XS::Dump} writes: {@code ---} header, block
 * style, keys sorted, sequences not indented under their key, strings unquoted unless they would
 * read back as something else.
 */
final class YamlDump {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final YAMLMapper MAPPER = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.INDENT_ARRAYS)
            .build();

    private YamlDump() {}

    /** The whole document, starting with {@code ---}. */
    static String document(JsonNode value) {
        return MAPPER.writeValueAsString(perlOrdered(value));
    }

    /** The document without its {@code ---} marker and the one blank after it (the {@code yaml} renderer). */
    static String withoutMarker(JsonNode value) {
        String doc = document(value);
        return doc.startsWith("---") && doc.length() > 3 && Character.isWhitespace(doc.charAt(3))
                ? doc.substring(4) : doc;
    }

    /** A copy with keys in code point order and numbers in Perl's form. */
    private static JsonNode perlOrdered(JsonNode value) {
        if (PerlScalar.isUndefined(value)) {
            return NODES.nullNode();
        }
        if (value.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(value.properties());
            entries.sort((a, b) -> PerlValues.compareStrings(a.getKey(), b.getKey()));
            ObjectNode copy = NODES.objectNode();
            entries.forEach(e -> copy.set(e.getKey(), perlOrdered(e.getValue())));
            return copy;
        }
        if (value.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            value.forEach(v -> copy.add(perlOrdered(v)));
            return copy;
        }
        if (value.isFloatingPointNumber() && Double.isFinite(value.doubleValue())) {
            return NODES.numberNode(new BigDecimal(PerlScalar.text(value)));
        }
        return value;
    }
}
