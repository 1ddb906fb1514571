package dev.jpve.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/** Reads schemas from JSON; lenient like upstream, strict about bad definitions. */
final class SchemaJson {
    /** Deeper schemas are refused, which also bounds the validator's recursion. */
    static final int MAX_DEPTH = 64;

    private static final Set<String> SCALAR_KEYS =
            Set.of("format", "pattern", "maxLength", "minLength", "maximum", "minimum", "enum");
    private static final Set<String> OBJECT_KEYS = Set.of("properties", "additionalProperties");

    private SchemaJson() {}

    static Schema read(JsonNode json, int depth) {
        if (json == null || !json.isObject()) {
            throw new IllegalArgumentException("schema: expected an object, got "
                    + (json == null ? "nothing" : json.getNodeType()));
        }
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("schema: nested deeper than " + MAX_DEPTH + " levels");
        }
        Parts parts = new Parts(depth);
        for (Map.Entry<String, JsonNode> e : json.properties()) {
            parts.take(e.getKey(), e.getValue());
        }
        return parts.build(json.get("type"));
    }

    static tools.jackson.databind.node.ObjectNode write(Schema s) {
        return SchemaWriter.write(s);
    }

    /** The keywords of one schema object while it is read. */
    private static final class Parts {
        private final int depth;
        private final Common.Builder common = Common.builder();
        private final ScalarRulesReader rules = new ScalarRulesReader();
        private final Map<String, JsonNode> kindKeys = new LinkedHashMap<>();
        private Optional<Map<String, Schema>> properties = Optional.empty();
        private Optional<Additional> additional = Optional.empty();
        private Optional<Schema> items = Optional.empty();

        Parts(int depth) {
            this.depth = depth;
        }

        void take(String key, JsonNode v) {
            if (SCALAR_KEYS.contains(key)) {
                kindKeys.put(key, v);
                rules.take(key, v, depth);
            } else if (OBJECT_KEYS.contains(key) || key.equals("items")) {
                kindKeys.put(key, v);
                takeStructure(key, v);
            } else if (!key.equals("type")) {
                takeCommon(key, v);
            }
        }

        private void takeStructure(String key, JsonNode v) {
            switch (key) {
                case "properties" -> properties = Optional.of(readProperties(v, depth));
                case "additionalProperties" -> additional = Optional.of(v.isObject()
                        ? new Additional.Of(read(v, depth + 1)) : new Additional.Flag(PerlScalar.isTruthy(v)));
                default -> {
                    if (!v.isObject()) {
                        throw new IllegalArgumentException("items: expected a schema (the tuple form is not implemented)");
                    }
                    items = Optional.of(read(v, depth + 1));
                }
            }
        }

        private void takeCommon(String key, JsonNode v) {
            switch (key) {
                case "optional" -> common.optional(PerlScalar.isTruthy(v));
                case "default" -> common.defaultValue(v);
                case "description" -> common.description(text(key, v));
                case "verbose_description" -> common.verboseDescription(text(key, v));
                case "title" -> common.title(text(key, v));
                case "typetext" -> common.typetext(text(key, v));
                case "format_description" -> common.formatDescription(text(key, v));
                case "alias" -> common.alias(text(key, v));
                case "keyAlias" -> common.keyAlias(text(key, v));
                case "default_key" -> common.defaultKey(PerlScalar.isTruthy(v));
                case "requires" -> common.requires(v.isObject()
                        ? new Requires.Of(read(v, depth + 1)) : new Requires.Property(text(key, v)));
                case "group" -> common.group(PerlScalar.isTruthy(v));
                case "type-property" -> common.typeProperty(text(key, v));
                case "type-property-schema" -> common.typePropertySchema(read(v, depth + 1));
                case "instance-types" -> common.instanceTypes(texts(key, v));
                case "instance-type" -> common.instanceType(text(key, v));
                case "allOf" -> common.allOf(schemas(key, v, depth));
                case "oneOf" -> common.oneOf(schemas(key, v, depth));
                case "renderer" -> common.renderer(text(key, v));
                case "print_width" -> common.printWidth(v);
                case "completion" -> common.completion(v);
                case "links" -> common.links(v);
                default -> common.extra(key, v);
            }
        }

        Schema build(JsonNode type) {
            if (type == null || type.isObject() || type.isArray()) {
                Optional<TypeExpr> t = type == null ? Optional.empty() : Optional.of(typeExpr(type, depth));
                return new AnySchema(common.build(), t, rules.build(), properties, additional, items);
            }
            String name = text("type", type);
            return switch (name) {
                case "string" -> new StringSchema(scalarCommon(), rules.build());
                case "integer" -> new IntegerSchema(scalarCommon(), rules.build());
                case "number" -> new NumberSchema(scalarCommon(), rules.build());
                case "boolean" -> new BooleanSchema(scalarCommon(), rules.build());
                case "null" -> new NullSchema(commonKeeping(Set.of()));
                case "array" -> new ArraySchema(commonKeeping(Set.of("items")), items);
                case "object" -> new ObjectSchema(commonKeeping(OBJECT_KEYS), properties, additional);
                default -> new AnySchema(common.build(), Optional.of(new TypeExpr.Name(name)), rules.build(),
                        properties, additional, items);
            };
        }

        private Common scalarCommon() {
            return commonKeeping(SCALAR_KEYS);
        }

        /** The common keywords, with kind keywords outside {@code applicable} moved to {@code extra}. */
        private Common commonKeeping(Set<String> applicable) {
            kindKeys.forEach((k, v) -> {
                if (!applicable.contains(k)) {
                    common.extra(k, v);
                }
            });
            return common.build();
        }
    }

    static Map<String, Schema> readProperties(JsonNode v, int depth) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("properties: expected an object");
        }
        Map<String, Schema> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : v.properties()) {
            map.put(e.getKey(), read(e.getValue(), depth + 1));
        }
        return map;
    }

    private static TypeExpr typeExpr(JsonNode type, int depth) {
        if (type.isObject()) {
            return new TypeExpr.Of(read(type, depth + 1));
        }
        if (type.isArray()) {
            List<TypeExpr> members = new ArrayList<>();
            for (JsonNode m : type) {
                members.add(m.isObject() ? new TypeExpr.Of(read(m, depth + 1)) : new TypeExpr.Name(text("type", m)));
            }
            return new TypeExpr.Union(members);
        }
        return new TypeExpr.Name(text("type", type));
    }

    private static List<Schema> schemas(String key, JsonNode v, int depth) {
        if (!v.isArray()) {
            throw new IllegalArgumentException(key + ": expected an array of schemas");
        }
        List<Schema> list = new ArrayList<>();
        for (JsonNode m : v) {
            list.add(read(m, depth + 1));
        }
        return list;
    }

    static String text(String key, JsonNode v) {
        if (!PerlScalar.isScalar(v)) {
            throw new IllegalArgumentException(key + ": expected a string, got " + v.getNodeType());
        }
        return PerlScalar.text(v);
    }

    private static List<String> texts(String key, JsonNode v) {
        if (!v.isArray()) {
            throw new IllegalArgumentException(key + ": expected an array of strings");
        }
        List<String> list = new ArrayList<>();
        for (JsonNode m : v) {
            list.add(text(key, m));
        }
        return list;
    }
}
