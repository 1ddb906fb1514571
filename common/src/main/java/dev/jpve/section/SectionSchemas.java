package dev.jpve.section;

import dev.jpve.schema.Schema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Builds the create and update schemas of a {@link Registry} (upstream {@code createSchema}, {@code updateSchema}). */
final class SectionSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Schema DELETE = StringSchema.builder().format("pve-configid-list")
            .description("A list of settings you want to delete.").maxLength(4096).optional().build();

    private final Registry registry;

    SectionSchemas(Registry registry) {
        this.registry = registry;
    }

    Schema create(boolean skipType, Map<String, Schema> base) {
        ObjectNode json = registry.isolatedMode() ? isolatedCreate(skipType, base) : unifiedCreate(skipType, base);
        return Schema.fromJson(json);
    }

    Schema update(Optional<String> singleType, Map<String, Schema> base) {
        singleType.ifPresent(this::requireType);
        ObjectNode json = registry.isolatedMode() ? isolatedUpdate(singleType, base) : unifiedUpdate(singleType, base);
        return Schema.fromJson(json);
    }

    private void requireType(String type) {
        if (!registry.plugins().containsKey(type)) {
            throw new SectionConfigException("unknown section type '" + type + "'\n");
        }
    }

    private ObjectNode unifiedCreate(boolean skipType, Map<String, Schema> base) {
        ObjectNode props = properties(base);
        registry.propertyList().forEach((name, schema) -> {
            if (skipType && name.equals("type")) {
                return;
            }
            boolean required = schema.isOptional() && registry.options().values().stream()
                    .allMatch(opts -> opts.containsKey(name) && !opts.get(name).optional());
            props.set(name, required ? schema.withOptional(false).toJson() : schema.toJson());
        });
        return objectSchema(props).put("type", "object");
    }

    private ObjectNode unifiedUpdate(Optional<String> singleType, Map<String, Schema> base) {
        ObjectNode props = properties(base);
        Map<String, PluginOption> own = singleType.map(registry.options()::get).orElse(Map.of());
        registry.propertyList().forEach((name, schema) -> {
            if (name.equals("type") || (singleType.isPresent() && !own.containsKey(name))) {
                return;
            }
            boolean modifiable = !schema.isOptional() || registry.options().values().stream()
                    .anyMatch(opts -> opts.containsKey(name) && !opts.get(name).fixed());
            if (modifiable) {
                props.set(name, schema.toJson());
            }
        });
        props.setAll(updateProperties());
        return objectSchema(props).put("type", "object");
    }

    private ObjectNode isolatedCreate(boolean skipType, Map<String, Schema> base) {
        ObjectNode main = oneOf(false);
        if (skipType) {
            ArrayNode variants = (ArrayNode) main.get("oneOf");
            if (variants.size() != 1) {
                throw new SectionConfigException("cannot use 'skip_type' for configs with more than 1 section type\n");
            }
            main = (ObjectNode) variants.get(0);
            main.remove("instance-type");
        }
        return combine(main, basePart(base), commonPart());
    }

    private ObjectNode isolatedUpdate(Optional<String> singleType, Map<String, Schema> base) {
        ObjectNode main = oneOf(true);
        if (singleType.isPresent()) {
            for (var variant : main.get("oneOf")) {
                if (variant.get("instance-type").stringValue().equals(singleType.get())) {
                    main = (ObjectNode) variant;
                    main.remove("instance-type");
                    break;
                }
            }
        }
        return combine(main, Optional.of(objectSchema(updateProperties())), basePart(base), commonPart());
    }

    /** Upstream {@code make_isolated_base_schema}: the typed oneOf over all plugins, sorted by type. */
    private ObjectNode oneOf(boolean update) {
        Schema declared = registry.propertyList().get("type");
        ObjectNode typeSchema = declared == null ? JSON.objectNode() : declared.toJson();
        typeSchema.put("type", "string");
        if (!typeSchema.has("description")) {
            typeSchema.put("description", "Section Type");
        }
        typeSchema.remove("optional");
        ArrayNode types = typeSchema.putArray("enum");
        ArrayNode variants = JSON.arrayNode();
        registry.options().forEach((type, opts) -> {
            types.add(type);
            variants.add(variant(type, opts, update));
        });
        ObjectNode main = JSON.objectNode();
        main.put("type-property", "type");
        main.set("type-property-schema", typeSchema);
        main.set("oneOf", variants);
        return main;
    }

    private ObjectNode variant(String type, Map<String, PluginOption> opts, boolean update) {
        ObjectNode props = JSON.objectNode();
        opts.forEach((key, opt) -> {
            if (update && opt.fixed()) {
                return;
            }
            Schema schema = registry.propertySchema(type, key);
            props.set(key, (update || opt.optional() ? schema.withOptional(true) : schema).toJson());
        });
        ObjectNode v = JSON.objectNode().put("instance-type", type);
        v.setAll(objectSchema(props));
        return v;
    }

    /** Upstream {@code combine_schemas}: the present parts, then {@code main}, under {@code allOf}. */
    private static ObjectNode combine(ObjectNode main, Optional<ObjectNode> a, Optional<ObjectNode> b) {
        return combine(main, Optional.empty(), a, b);
    }

    private static ObjectNode combine(ObjectNode main, Optional<ObjectNode> a, Optional<ObjectNode> b,
            Optional<ObjectNode> c) {
        List<ObjectNode> parts = new ArrayList<>();
        for (Optional<ObjectNode> part : List.of(a, b, c)) {
            part.ifPresent(parts::add);
        }
        if (parts.isEmpty()) {
            return main;
        }
        ObjectNode all = JSON.objectNode();
        ArrayNode list = all.putArray("allOf");
        parts.forEach(list::add);
        list.add(main);
        return all;
    }

    private static Optional<ObjectNode> basePart(Map<String, Schema> base) {
        return base.isEmpty() ? Optional.empty() : Optional.of(objectSchema(properties(base)));
    }

    private Optional<ObjectNode> commonPart() {
        Map<String, Schema> common = registry.commonProperties();
        return common.isEmpty() ? Optional.empty() : Optional.of(objectSchema(properties(common)));
    }

    private static ObjectNode updateProperties() {
        ObjectNode props = JSON.objectNode();
        props.set("digest", StandardOptions.PVE_CONFIG_DIGEST.toJson());
        props.set("delete", DELETE.toJson());
        return props;
    }

    private static ObjectNode properties(Map<String, Schema> map) {
        ObjectNode props = JSON.objectNode();
        map.forEach((name, schema) -> props.set(name, schema.toJson()));
        return props;
    }

    private static ObjectNode objectSchema(ObjectNode props) {
        ObjectNode o = JSON.objectNode();
        o.put("additionalProperties", 0);
        o.set("properties", props);
        return o;
    }
}
