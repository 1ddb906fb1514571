package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class ValidatorPropertiesTest {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Formats FORMATS = Formats.standard();
    private static final List<String> KEYS = List.of("a", "b", "type", "c-d", "net0");

    @Property(tries = 2000)
    void randomSchemasAndValuesOnlyEverRaiseApiException(@ForAll("schemas") JsonNode schemaJson,
            @ForAll("values") JsonNode value) {
        Schema schema;
        try {
            schema = Schema.fromJson(schemaJson);
        } catch (IllegalArgumentException badDefinition) {
            Assume.that(false);
            return;
        }
        Validator validator = Validator.of(schema, FORMATS);
        try {
            validator.validate(value);
        } catch (ApiException e) {
            assertThat(e.code()).isIn(400);
            assertThat(e.errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<JsonNode> values() {
        return values(3);
    }

    private Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> scalar = Arbitraries.oneOf(
                Arbitraries.strings().withChars("ab1 ,=;:\n.-x0").ofMaxLength(12).map(F::stringNode),
                Arbitraries.integers().between(-5, 2000).map(F::numberNode),
                Arbitraries.doubles().between(-10, 10).map(F::numberNode),
                Arbitraries.of(F.booleanNode(true), F.booleanNode(false), F.nullNode()));
        if (depth == 0) {
            return scalar;
        }
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, scalar),
                net.jqwik.api.Tuple.of(1, values(depth - 1).list().ofMaxSize(3).map(l -> (JsonNode) F.arrayNode().addAll(l))),
                net.jqwik.api.Tuple.of(2, Combinators.combine(Arbitraries.of(KEYS).list().ofMaxSize(4),
                        values(depth - 1).list().ofSize(4)).as(ValidatorPropertiesTest::object)));
    }

    private static JsonNode object(List<String> keys, List<JsonNode> values) {
        ObjectNode o = F.objectNode();
        for (int i = 0; i < keys.size(); i++) {
            o.set(keys.get(i), values.get(i));
        }
        return o;
    }

    @Provide
    Arbitrary<JsonNode> schemas() {
        return schemas(3);
    }

    private Arbitrary<JsonNode> schemas(int depth) {
        if (depth == 0) {
            return scalarSchema();
        }
        Arbitrary<JsonNode> inner = schemas(depth - 1);
        return Arbitraries.oneOf(
                scalarSchema(),
                Combinators.combine(Arbitraries.of(KEYS).list().ofMaxSize(3), inner.list().ofSize(3),
                        Arbitraries.of("0", "1", "none")).as(ValidatorPropertiesTest::objectSchema),
                inner.map(s -> (JsonNode) F.objectNode().put("type", "array").set("items", s)),
                inner.list().ofMinSize(1).ofMaxSize(3).map(l -> composite("allOf", l)),
                inner.list().ofMinSize(1).ofMaxSize(3).map(l -> composite("oneOf", l)),
                inner.list().ofMinSize(1).ofMaxSize(2).map(ValidatorPropertiesTest::typedOneOf));
    }

    private Arbitrary<JsonNode> scalarSchema() {
        Arbitrary<String> type = Arbitraries.of("string", "integer", "number", "boolean", "null", "any", "none");
        Arbitrary<String> format = Arbitraries.of("none", "pve-vmid", "pve-vmid-list", "pve-node-opt", "bwlimit",
                "nonexistent", "disk-size", "mac-addr", "ipv6", "pve-storage-id", "storage-pair-list");
        Arbitrary<String> pattern = Arbitraries.of("none", "a|b", "\\d+", "[a-z]*");
        Arbitrary<Integer> bound = Arbitraries.integers().between(-1, 12);
        Arbitrary<Boolean> flag = Arbitraries.of(true, false);
        return Combinators.combine(type, format, pattern, bound, bound, flag, flag, flag).as((t, f, p, lo, hi, opt, en, al) -> {
            ObjectNode s = F.objectNode();
            if (!t.equals("none")) {
                s.put("type", t);
            }
            if (!f.equals("none")) {
                s.put("format", f);
            }
            if (!p.equals("none")) {
                s.put("pattern", p);
            }
            if (lo >= 0) {
                s.put("minimum", lo);
                s.put("minLength", lo);
            }
            if (hi >= 0) {
                s.put("maximum", hi);
                s.put("maxLength", hi);
            }
            if (opt) {
                s.put("optional", 1);
            }
            if (en) {
                s.set("enum", F.arrayNode().add("a").add(1));
            }
            if (al) {
                s.put("alias", "a");
            }
            return s;
        });
    }

    private static JsonNode objectSchema(List<String> keys, List<JsonNode> props, String additional) {
        ObjectNode s = F.objectNode().put("type", "object");
        ObjectNode p = s.putObject("properties");
        for (int i = 0; i < keys.size(); i++) {
            p.set(keys.get(i), props.get(i));
        }
        if (!additional.equals("none")) {
            s.put("additionalProperties", Integer.parseInt(additional));
        }
        return s;
    }

    private static JsonNode composite(String keyword, List<JsonNode> members) {
        ObjectNode s = F.objectNode();
        ArrayNode a = s.putArray(keyword);
        members.forEach(a::add);
        return s;
    }

    private static JsonNode typedOneOf(List<JsonNode> variants) {
        ObjectNode s = F.objectNode().put("type-property", "type");
        s.putObject("type-property-schema").put("type", "string").putArray("enum").add("v0").add("v1").add("v9");
        ArrayNode a = s.putArray("oneOf");
        for (int i = 0; i < variants.size(); i++) {
            JsonNode v = variants.get(i).deepCopy();
            if (v instanceof ObjectNode o) {
                o.put("instance-type", "v" + i);
            }
            a.add(v);
        }
        return s;
    }
}
