package dev.jpve.schema;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes a schema back to JSON with exactly the keys that were set. */
final class SchemaWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private SchemaWriter() {}

    static ObjectNode write(Schema s) {
        ObjectNode o = F.objectNode();
        switch (s) {
            case AnySchema a -> {
                a.type().ifPresent(t -> o.set("type", type(t)));
                rules(o, a.rules());
                structure(o, a.properties(), a.additionalProperties());
                a.items().ifPresent(i -> o.set("items", write(i)));
            }
            case StringSchema x -> typed(o, x, x.rules());
            case IntegerSchema x -> typed(o, x, x.rules());
            case NumberSchema x -> typed(o, x, x.rules());
            case BooleanSchema x -> typed(o, x, x.rules());
            case NullSchema x -> typed(o, x, ScalarRules.NONE);
            case ArraySchema x -> {
                typed(o, x, ScalarRules.NONE);
                x.items().ifPresent(i -> o.set("items", write(i)));
            }
            case ObjectSchema x -> {
                typed(o, x, ScalarRules.NONE);
                structure(o, x.properties(), x.additionalProperties());
            }
        }
        common(o, s.common());
        return o;
    }

    private static void typed(ObjectNode o, Schema s, ScalarRules rules) {
        o.put("type", s.typeName().orElseThrow());
        rules(o, rules);
    }

    private static JsonNode type(TypeExpr t) {
        return switch (t) {
            case TypeExpr.Name n -> F.stringNode(n.name());
            case TypeExpr.Of of -> write(of.schema());
            case TypeExpr.Union u -> {
                ArrayNode a = F.arrayNode();
                u.members().forEach(m -> a.add(type(m)));
                yield a;
            }
        };
    }

    private static void rules(ObjectNode o, ScalarRules r) {
        r.format().ifPresent(f -> o.set("format", switch (f) {
            case FormatSpec.Named n -> F.stringNode(n.name());
            case FormatSpec.Inline in -> schemas(in.properties());
        }));
        r.pattern().ifPresent(p -> o.put("pattern", p.source()));
        r.maxLength().ifPresent(n -> o.put("maxLength", n));
        r.minLength().ifPresent(n -> o.put("minLength", n));
        r.maximum().ifPresent(n -> o.set("maximum", num(n)));
        r.minimum().ifPresent(n -> o.set("minimum", num(n)));
        r.enumValues().ifPresent(list -> o.set("enum", F.arrayNode().addAll(list)));
    }

    private static void structure(ObjectNode o, Optional<Map<String, Schema>> props, Optional<Additional> add) {
        props.ifPresent(p -> o.set("properties", schemas(p)));
        add.ifPresent(a -> o.set("additionalProperties", switch (a) {
            case Additional.Flag f -> F.numberNode(f.allowed() ? 1 : 0);
            case Additional.Of of -> write(of.schema());
        }));
    }

    private static void common(ObjectNode o, Common c) {
        c.optional().ifPresent(v -> o.put("optional", v ? 1 : 0));
        c.defaultValue().ifPresent(v -> o.set("default", v));
        c.description().ifPresent(v -> o.put("description", v));
        c.verboseDescription().ifPresent(v -> o.put("verbose_description", v));
        c.title().ifPresent(v -> o.put("title", v));
        c.typetext().ifPresent(v -> o.put("typetext", v));
        c.formatDescription().ifPresent(v -> o.put("format_description", v));
        c.alias().ifPresent(v -> o.put("alias", v));
        c.keyAlias().ifPresent(v -> o.put("keyAlias", v));
        c.defaultKey().ifPresent(v -> o.put("default_key", v ? 1 : 0));
        c.requires().ifPresent(v -> o.set("requires", switch (v) {
            case Requires.Property p -> F.stringNode(p.name());
            case Requires.Of of -> write(of.schema());
        }));
        c.group().ifPresent(v -> o.put("group", v ? 1 : 0));
        c.typeProperty().ifPresent(v -> o.put("type-property", v));
        c.typePropertySchema().ifPresent(v -> o.set("type-property-schema", write(v)));
        c.instanceTypes().ifPresent(v -> o.set("instance-types", strings(v)));
        c.instanceType().ifPresent(v -> o.put("instance-type", v));
        c.allOf().ifPresent(v -> o.set("allOf", list(v)));
        c.oneOf().ifPresent(v -> o.set("oneOf", list(v)));
        c.renderer().ifPresent(v -> o.put("renderer", v));
        c.printWidth().ifPresent(v -> o.set("print_width", v));
        c.completion().ifPresent(v -> o.set("completion", v));
        c.links().ifPresent(v -> o.set("links", v));
        c.extra().forEach(o::set);
    }

    static ObjectNode schemas(Map<String, Schema> map) {
        ObjectNode o = F.objectNode();
        map.forEach((k, v) -> o.set(k, write(v)));
        return o;
    }

    private static ArrayNode list(List<Schema> schemas) {
        ArrayNode a = F.arrayNode();
        schemas.forEach(s -> a.add(write(s)));
        return a;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode a = F.arrayNode();
        values.forEach(a::add);
        return a;
    }

    private static JsonNode num(Num n) {
        if (n.quoted()) {
            return F.stringNode(n.text());
        }
        if (n.value() == Math.rint(n.value()) && Math.abs(n.value()) < 1e15) {
            long v = (long) n.value();
            return v == (int) v ? F.numberNode((int) v) : F.numberNode(v);
        }
        return F.numberNode(n.value());
    }
}
