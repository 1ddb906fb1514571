package dev.jpve.section;

import static dev.jpve.section.SectionFixtures.assertSameJson;
import static dev.jpve.section.SectionFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The base plugin's hooks (header syntax, value codec) and a plugin's own check. */
class SectionHooksTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /** Headers {@code TYPE: NODE/NAME}; the node goes into the section; {@code bad} IDs are refused. */
    private static final SectionHooks HOOKS = new SectionHooks() {
        @Override
        public Optional<SectionHeader> parseHeader(String line) {
            return SectionHooks.DEFAULT.parseHeader(line).map(h -> {
                String[] parts = h.sectionId().split("/", 2);
                ObjectNode extra = F.objectNode();
                if (parts.length == 2) {
                    extra.put("node", parts[0]);
                }
                Optional<String> error = h.sectionId().startsWith("bad") ? Optional.of("bad id\n") : Optional.empty();
                return new SectionHeader(h.type(), h.sectionId(), error, extra);
            });
        }

        @Override
        public String formatHeader(String type, String sectionId, ObjectNode section, Set<String> done) {
            done.add("node");
            return type + ": " + sectionId + "\n";
        }

        @Override
        public JsonNode decodeValue(String type, String key, JsonNode value) {
            return key.equals("tags") ? F.arrayNode().addAll(
                    java.util.Arrays.stream(value.stringValue().split(";")).map(F::stringNode).toList()) : value;
        }

        @Override
        public JsonNode encodeValue(String type, String key, JsonNode value) {
            if (!key.equals("tags")) {
                return value;
            }
            StringBuilder sb = new StringBuilder();
            value.forEach(v -> sb.append(sb.isEmpty() ? "" : ";").append(v.stringValue()));
            return F.stringNode(sb.toString());
        }
    };

    private static final SectionConfig CONFIG = SectionConfig.builder().hooks(HOOKS)
            .property("type", schema("{'description':'t'}"))
            .plugin(SectionPlugin.builder("job")
                    .property("node", schema("{'type':'string'}"))
                    .property("tags", schema("{'type':'string'}"))
                    .property("limit", schema("{'type':'integer','optional':1}"))
                    .option("node", PluginOption.OPTIONAL).option("tags", PluginOption.OPTIONAL)
                    .option("limit", PluginOption.OPTIONAL)
                    .check((id, settings, create) -> {
                        if (settings.path("limit").asInt() > 10) {
                            throw new SectionConfigException("limit too high for " + id + "\n");
                        }
                        return settings;
                    })
                    .build())
            .build();

    @Test
    void headerHooksAddAttributesAndSkipSections() {
        SectionConfigData data = CONFIG.parse("j.cfg", "job: n1/a\n\ttags x;y\n\njob: bad1\n\ttags z\n", false);
        assertSameJson(data.ids().get("n1/a"), "{'type':'job','node':'n1','tags':['x','y']}");
        assertThat(data.ids()).doesNotContainKey("bad1");
        assertThat(data.warnings()).containsExactly("file j.cfg line 4 (skip section 'bad1'): bad id\n");
        assertThat(CONFIG.write("j.cfg", data, false)).isEqualTo("job: n1/a\n\ttags x;y\n\n");
    }

    @Test
    void aPluginCheckRefusesASectionWhileParsing() {
        SectionConfigData data = CONFIG.parse("j.cfg", "job: a\n\tlimit 11\n", false);
        assertThat(data.ids()).containsEntry("a", null);
        assertThat(data.warnings()).containsExactly("file j.cfg line 2 (skip section 'a'): limit too high for a\n");
    }

    @Test
    void aHeaderWithoutTypeIsAnInternalError() {
        SectionHooks noType = new SectionHooks() {
            @Override
            public Optional<SectionHeader> parseHeader(String line) {
                return Optional.of(new SectionHeader("", line, Optional.empty(), F.objectNode()));
            }
        };
        SectionConfig config = SectionConfig.builder().hooks(noType).plugin(SectionPlugin.builder("x").build()).build();
        assertThat(config.parse("f", "x\n\ty 1\n", false).warnings())
                .containsExactly("file f line 1 (skip section 'x'): missing type - internal error\n");
    }

    @Test
    void linesOutsideSectionsAndWhitespaceOnlyLinesAreIgnoredWithAWarning() {
        SectionConfigData data = CONFIG.parse("j.cfg", "garbage\njob: a\n\tlimit 1\n  \n\tlimit 2\n", false);
        assertThat(data.warnings()).containsExactly(
                "file j.cfg line 1 - ignore config line: garbage\n",
                "file j.cfg line 4 (section 'a') - ignore config line:   \n",
                "file j.cfg line 5 (section 'a') - unable to parse value of 'limit': duplicate attribute\n");
        assertThat(data.errors()).hasSize(1);
        assertSameJson(data.ids().get("a"), "{'type':'job','limit':1}");
    }

    @Test
    void numbersAreConvertedAsPerlDoes() {
        SectionConfig config = SectionFixtures.extra();
        ObjectNode checked = config.checkConfig("a", "s", (ObjectNode) SectionFixtures.json(
                "{'req':'x','num':'  -012','disable':'0'}"), true, true);
        assertThat(checked.get("num").intValue()).isEqualTo(-12);
        assertThat(checked.get("disable").isIntegralNumber()).isTrue();
        assertThat(PerlNumbers.numify(F.stringNode("1e3"))).isEqualTo(F.numberNode(1000));
        assertThat(PerlNumbers.numify(F.stringNode("1.50"))).isEqualTo(F.numberNode(1.5));
        assertThat(PerlNumbers.numify(F.stringNode("12abc"))).isEqualTo(F.numberNode(12));
        assertThat(PerlNumbers.numify(F.stringNode("abc"))).isEqualTo(F.numberNode(0));
        assertThat(PerlNumbers.numify(F.stringNode("99999999999999999999")).doubleValue()).isEqualTo(1e20);
        assertThat(Map.of("k", PerlNumbers.numify(F.booleanNode(true)))).containsEntry("k", F.numberNode(1));
    }
}
