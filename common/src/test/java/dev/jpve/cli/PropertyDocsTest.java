package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.cli.PropertyDocs.Style;
import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class PropertyDocsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Map<String, Schema> props(String json) {
        Map<String, Schema> out = new LinkedHashMap<>();
        JSON.readTree(json).properties().forEach(e -> out.put(e.getKey(), Schema.fromJson(e.getValue())));
        return out;
    }

    private static final Map<String, Schema> CONFIG = props("""
            {"name": {"type": "string", "optional": 1},
             "memory": {"type": "integer", "minimum": 16, "default": 512, "optional": 1,
                        "description": "Memory.", "verbose_description": "Amount of RAM.\\nSecond line.\\n"},
             "mem": {"alias": "memory"},
             "net0": {"type": "string", "optional": 1, "description": "Network {device}.\\n\\nSee docs.",
                      "format": {"model": {"type": "string", "enum": ["e1000", "virtio"], "default_key": 1,
                                           "description": "Model."},
                                 "bridge": {"type": "string", "optional": 1, "format_description": "bridge",
                                            "description": "Bridge."}}},
             "net1": {"type": "string", "optional": 1, "description": "Network 1."},
             "net2": {"type": "string", "optional": 1, "description": "Network 2."},
             "onboot": {"type": "boolean", "optional": 1, "requires": "name", "description": "Start."}}""");

    @Test
    void configFilesAreDocumentedSortedWithoutAliasesAndWithVerboseDescriptions() {
        Map<String, Schema> plain = new LinkedHashMap<>(CONFIG);
        plain.keySet().removeIf(k -> k.startsWith("net"));
        assertThat(PropertyDocs.dump(plain, UsageFormat.LONG, Style.CONFIG, Formats.standard())).isEqualTo(
                "  memory:    <integer> (16 - N)   (default=512)\n\t     Amount of RAM.\n\t     Second line.\n\n"
                        + "  name:      <string>\n\t     no description available\n\n"
                        + "  onboot:    <boolean>\n\t     Start.\n\n\t     Requires option(s): name\n\n");
    }

    @Test
    void asciidocDocumentsPropertyStringKeysAfterTheirPropertyAndCollapsesIndexedNames() {
        Map<String, Schema> net = new LinkedHashMap<>(CONFIG);
        net.keySet().removeIf(k -> !k.startsWith("net"));
        assertThat(PropertyDocs.dump(net, UsageFormat.ASCIIDOC, Style.CONFIG, Formats.standard())).isEqualTo("""
                `net[n]`: `[model=]<e1000|virtio> [,bridge=<bridge>]` ::

                Network \\{device\\}.
                +
                See docs.

                `bridge`=`<bridge>` ;;

                Bridge.

                `model`=`<e1000 | virtio>` ;;

                Model.

                """);
    }

    @Test
    void asciidocEntriesShowDefaultsAndRequires() {
        Map<String, Schema> some = new LinkedHashMap<>(CONFIG);
        some.keySet().retainAll(java.util.Set.of("memory", "onboot"));
        assertThat(PropertyDocs.dump(some, UsageFormat.ASCIIDOC, Style.CONFIG, Formats.standard())).isEqualTo("""
                `memory`: `<integer> (16 - N)` ('default =' `512`)::

                Amount of RAM.
                Second line.

                `onboot`: `<boolean>` ::

                Start.
                +
                NOTE: Requires option(s): `name`

                """);
    }

    @Test
    void theFilterLeavesPropertiesOut() {
        assertThat(PropertyDocs.dump(CONFIG, UsageFormat.LONG, Style.ARG, (k, s) -> !k.equals("name"),
                Formats.standard())).isEqualTo("  --name     <string>\n\t     no description available\n\n");
    }

    @Test
    void withoutIndexZeroEveryIndexedNameIsDocumented() {
        Map<String, Schema> nets = props("""
                {"net1": {"type": "string", "description": "One."}, "net2": {"type": "string", "description": "Two."}}""");
        assertThat(PropertyDocs.dump(nets, UsageFormat.LONG, Style.ARG, Formats.standard())).isEqualTo(
                "  --net1     <string>\n\t     One.\n\n  --net2     <string>\n\t     Two.\n\n");
    }

    @Test
    void eachLegacyOneOfAlternativeGetsItsOwnEntry() {
        Map<String, Schema> alt = props("""
                {"value": {"oneOf": [{"type": "integer", "description": "A number."},
                                     {"type": "string", "enum": ["auto"], "description": "Automatic."}]}}""");
        assertThat(PropertyDocs.dump(alt, UsageFormat.LONG, Style.CONFIG, Formats.standard())).isEqualTo(
                "  value:     <integer>\n\t     A number.\n\n  value:     <auto>\n\t     Automatic.\n\n");
    }

    @Test
    void textFormatsCannotShowPropertyStringKeysLikeUpstream() {
        Map<String, Schema> net = new LinkedHashMap<>(CONFIG);
        net.keySet().retainAll(java.util.Set.of("net0"));
        assertThatThrownBy(() -> PropertyDocs.dump(net, UsageFormat.LONG, Style.CONFIG, Formats.standard()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown style 'config-sub'");
    }

    @Test
    void anAliasWithoutDescriptionIsDescribedAsAliasInAsciidoc() {
        assertThat(PropertyDocs.describe("mem", Style.ARG, CONFIG.get("mem"), UsageFormat.ASCIIDOC, Optional.empty(),
                Formats.standard())).isEqualTo("`--mem` `<alias to 'memory'>` ::\n\nalias for 'memory'\n\n");
        assertThat(PropertyDocs.describe("mem", Style.ARG, CONFIG.get("mem"), UsageFormat.LONG, Optional.empty(),
                Formats.standard())).isEqualTo("  --mem      <alias to 'memory'>\n\n");
    }

    @Test
    void aMappingReplacesTheTypeTextOfStringsOnly() {
        ParamMapping file = ParamMapping.fileContent("x");
        Schema integer = Schema.fromJson(JSON.readTree("{\"type\": \"integer\", \"description\": \"N.\"}"));
        Schema string = Schema.fromJson(JSON.readTree("{\"type\": \"string\", \"description\": \"S.\"}"));
        assertThat(PropertyDocs.describe("x", Style.ARG, integer, UsageFormat.LONG, Optional.of(file),
                Formats.standard())).startsWith("  --x\t     <integer>\n");
        assertThat(PropertyDocs.describe("x", Style.ARG, string, UsageFormat.LONG, Optional.of(file),
                Formats.standard())).startsWith("  --x\t     <filepath>\n");
    }

    @Test
    void asciidocMarksEmptyLinesButNotTheRestAfterAFinalNewline() {
        Schema s = Schema.fromJson(JSON.readTree("{\"type\": \"string\", \"description\": \"a\\n\\nb\\n\\n\\n\"}"));
        assertThat(PropertyDocs.describe("x", Style.CONFIG, s, UsageFormat.ASCIIDOC, Optional.empty(), Formats.standard()))
                .isEqualTo("`x`: `<string>` ::\n\na\n+\nb\n\n\n");
    }
}
