package dev.jpve.schema;

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

class PropertyStringPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final PropertyStringFormat NET = PropertyStringFormat.of(PropertyStringFormatTest.net(), Formats.standard());

    /** A format and data valid for it. */
    record Case(Map<String, Schema> format, ObjectNode data) {}

    @Property(tries = 1000)
    void printingAParsedStringAndParsingAgainGivesTheSameObject(@ForAll("cases") Case c) {
        PropertyStringFormat f = PropertyStringFormat.of(c.format(), Formats.standard());
        ObjectNode parsed = f.parse(f.print(c.data()));
        assertThat(f.parse(f.print(parsed))).isEqualTo(parsed);
    }

    @Property(tries = 1000)
    void netStringsRoundTrip(@ForAll("nets") ObjectNode data) {
        ObjectNode parsed = NET.parse(NET.print(data));
        JsonTesting.assertSameJson(NET.parse(NET.print(parsed)), parsed);
    }

    /** Only models with a keyAlias entry: {@code rtl8139=MAC} would not parse back (as upstream). */
    @Provide
    Arbitrary<ObjectNode> nets() {
        Arbitrary<String> hex = Arbitraries.strings().withChars("0123456789ABCDEF").ofLength(2);
        Arbitrary<String> mac = hex.list().ofSize(5).map(l -> "02:" + String.join(":", l));
        return Combinators.combine(Arbitraries.of("e1000", "virtio"), mac.injectNull(0.5),
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(8).injectNull(0.5),
                Arbitraries.of(0, 1).injectNull(0.5), Arbitraries.integers().between(1, 4094).injectNull(0.5))
                .as((model, macaddr, bridge, firewall, tag) -> {
                    ObjectNode o = F.objectNode().put("model", model);
                    if (macaddr != null) {
                        o.put("macaddr", macaddr);
                    }
                    if (bridge != null) {
                        o.put("bridge", bridge);
                    }
                    if (firewall != null) {
                        o.put("firewall", firewall);
                    }
                    if (tag != null) {
                        o.put("tag", tag);
                    }
                    return o;
                });
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> key = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(5);
        return Combinators.combine(key.set().ofMinSize(1).ofMaxSize(5), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 2).list().ofSize(5), Arbitraries.of(true, false).list().ofSize(5),
                Arbitraries.strings().withChars("abcXYZ019_.:-=").ofMinLength(1).ofMaxLength(8).list().ofSize(5))
                .as((keys, withDefault, kinds, present, texts) -> build(List.copyOf(keys), withDefault, kinds, present, texts));
    }

    private static Case build(List<String> keys, boolean withDefault, List<Integer> kinds, List<Boolean> present,
            List<String> texts) {
        Map<String, Schema> format = new LinkedHashMap<>();
        ObjectNode data = F.objectNode();
        for (int i = 0; i < keys.size(); i++) {
            boolean isDefault = withDefault && i == 0;
            String k = keys.get(i);
            switch (isDefault ? 0 : kinds.get(i)) {
                case 0 -> {
                    var b = StringSchema.builder().formatDescription("text");
                    format.put(k, (isDefault ? b.defaultKey() : b.optional(!present.get(i))).build());
                    data.put(k, isDefault ? texts.get(i).replace("=", "") + "x" : texts.get(i));
                }
                case 1 -> {
                    format.put(k, IntegerSchema.builder().optional(!present.get(i)).build());
                    data.put(k, texts.get(i).length() * 7);
                }
                default -> {
                    format.put(k, BooleanSchema.builder().optional(!present.get(i)).build());
                    data.put(k, texts.get(i).length() % 2);
                }
            }
            if (!present.get(i) && !isDefault) {
                data.remove(k);
            }
        }
        return new Case(format, data);
    }
}
