package dev.jpve.section;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class SectionConfigPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final SectionConfig EXTRA = SectionFixtures.extra();
    private static final SectionConfig UNIFIED = SectionFixtures.unified();

    @Property(tries = 500)
    void writingAParsedValidConfigAndParsingItAgainGivesTheSameData(@ForAll("extraConfigs") Map<String, ObjectNode> ids) {
        assertRoundTrip(EXTRA, ids);
    }

    @Property(tries = 500)
    void theUnifiedFixtureRoundTripsToo(@ForAll("unifiedConfigs") Map<String, ObjectNode> ids) {
        assertRoundTrip(UNIFIED, ids);
    }

    private static void assertRoundTrip(SectionConfig config, Map<String, ObjectNode> ids) {
        String text = config.write("f", SectionConfigData.of(ids, Map.of()), false);
        SectionConfigData parsed = config.parse("f", text, false);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.ids()).hasSize(ids.size());
        String again = config.write("f", parsed, false);
        assertThat(again).isEqualTo(text);
        SectionConfigData reparsed = config.parse("f", again, false);
        assertThat(reparsed.ids()).isEqualTo(parsed.ids());
        assertThat(reparsed.order()).isEqualTo(parsed.order());
    }

    /** Text a property line keeps: no CR/LF, no leading or trailing whitespace, not empty. */
    private static Arbitrary<String> values() {
        return Arbitraries.strings().withChars("abcXYZ019 =,:#.-_\t").ofMinLength(1).ofMaxLength(12)
                .map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Arbitrary<String> sectionIds() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(6);
    }

    @Provide
    Arbitrary<Map<String, ObjectNode>> extraConfigs() {
        Arbitrary<ObjectNode> section = Combinators.combine(values(), Arbitraries.integers().between(-5, 10000)
                .injectNull(0.3), values().injectNull(0.5), Arbitraries.of(0, 1).injectNull(0.3),
                values().list().ofMaxSize(3)).as((req, num, comment, disable, list) -> {
                    ObjectNode s = F.objectNode().put("type", "a").put("req", req);
                    if (num != null) {
                        s.put("num", num);
                    }
                    if (comment != null) {
                        s.put("comment", comment);
                    }
                    if (disable != null) {
                        s.put("disable", disable);
                    }
                    if (!list.isEmpty()) {
                        list.forEach(s.putArray("list")::add);
                    }
                    return s;
                });
        return Arbitraries.maps(sectionIds(), section).ofMaxSize(5).map(LinkedHashMap::new);
    }

    @Provide
    Arbitrary<Map<String, ObjectNode>> unifiedConfigs() {
        Arbitrary<Integer> small = Arbitraries.integers().between(3, 9);
        Arbitrary<ObjectNode> one = Combinators.combine(small, values().injectNull(0.5), values().injectNull(0.5))
                .as((field1, common, another) -> withOptional(F.objectNode().put("type", "one").put("field1", field1),
                        Map.of("common", common == null ? "" : common, "another", another == null ? "" : another)));
        Arbitrary<String> sub = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(5);
        Arbitrary<ObjectNode> two = Combinators.combine(small, values(), sub.list().ofMaxSize(2))
                .as((field2, another, subs) -> {
                    ObjectNode s = F.objectNode().put("type", "two").put("field2", field2).put("another", another);
                    List<String> items = subs.stream().map(v -> "subfield1=" + v).toList();
                    if (!items.isEmpty()) {
                        items.forEach(s.putArray("arrayfield")::add);
                    }
                    return s;
                });
        return Arbitraries.maps(sectionIds(), Arbitraries.oneOf(one, two)).ofMaxSize(5).map(LinkedHashMap::new);
    }

    private static ObjectNode withOptional(ObjectNode s, Map<String, String> values) {
        values.forEach((k, v) -> {
            if (!v.isEmpty()) {
                s.put(k, v);
            }
        });
        return s;
    }
}
