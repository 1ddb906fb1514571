package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class KeyValueConfigTest {
    private static final ObjectSchema SCHEMA = (ObjectSchema) Schema.fromJson(JsonMapper.builder().build().readTree("""
            {"type": "object", "properties": {
              "keyboard": {"type": "string", "enum": ["de", "en-us"], "optional": 1},
              "http_proxy": {"type": "string", "optional": 1},
              "enabled": {"type": "boolean", "optional": 1},
              "mirror": {"type": "array", "items": {"type": "string"}, "optional": 1},
              "description": {"type": "string", "optional": 1}}}"""));
    private final List<String> warnings = new ArrayList<>();

    @Test
    void parsesKeyValueLinesBooleansAndRepeatedArrayLines() {
        KeyValueConfig config = KeyValueConfig.of(SCHEMA, Formats.standard());
        String raw = "  keyboard: de  \n\nenabled: yes\nmirror: a\nmirror: b\n# a comment\n";
        assertThat(config.parse("/etc/pve/datacenter.cfg", raw, warnings::add).toString())
                .isEqualTo("{\"keyboard\":\"de\",\"enabled\":1,\"mirror\":[\"a\",\"b\"]}");
        assertThat(warnings).isEmpty();
    }

    @Test
    void badLinesAreIgnoredAndInvalidKeysDroppedWithWarnings() {
        KeyValueConfig config = KeyValueConfig.of(SCHEMA, Formats.standard());
        String raw = "keyboard: xx\nnonsense line\nhttp_proxy: http://p:3128\n";
        assertThat(config.parse("f.cfg", raw, warnings::add).toString())
                .isEqualTo("{\"http_proxy\":\"http://p:3128\"}");
        assertThat(warnings).containsExactly("ignore config line: nonsense line",
                "parse error in 'f.cfg' - 'keyboard': value 'xx' does not have a value in the enumeration 'de, en-us'");
    }

    @Test
    void aCommentKeyCollectsDecodedCommentLines() {
        KeyValueConfig config = new KeyValueConfig(SCHEMA, Formats.standard(), Optional.of("description"));
        String raw = "#first%3A line\ndescription: second\nkeyboard: en-us\n";
        assertThat(config.parse("f", raw, warnings::add).get("description").asString())
                .isEqualTo("first: line\nsecond\n");
    }

    @Test
    void dumpsSortedKeysAndRefusesInvalidObjects() {
        KeyValueConfig config = KeyValueConfig.of(SCHEMA, Formats.standard());
        var data = config.parse("f", "mirror: a\nmirror: b\nkeyboard: de\n", warnings::add);
        assertThat(config.dump("f", data)).isEqualTo("keyboard: de\nmirror: a\nmirror: b\n");
        data.put("keyboard", "xx");
        assertThatThrownBy(() -> config.dump("f", data)).isInstanceOf(ApiException.class)
                .hasMessageStartingWith("400 validation error in 'f'\nkeyboard: ");
    }

    @Test
    void onlyObjectSchemasWithPropertiesAreAccepted() {
        ObjectSchema bare = ObjectSchema.builder().build();
        assertThatThrownBy(() -> KeyValueConfig.of(bare, Formats.standard())).hasMessage("got strange schema");
    }
}
