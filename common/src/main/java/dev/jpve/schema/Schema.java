package dev.jpve.schema;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One schema of PVE's JSON-schema dialect: an immutable record per {@code type}.
 *
 * <p>Every kind carries the {@link Common} keywords (optional, description, alias, allOf, ...);
 * the records add what only makes sense for their kind. {@link #fromJson(JsonNode)} and
 * {@link #toJson()} round-trip exactly the keys that were set ({@code optional: 0} stays distinct
 * from an absent {@code optional}). A bad definition (min greater than max, a bad regex, an
 * unknown type name) fails with an {@link IllegalArgumentException} naming the key as soon as
 * the schema is built.
 *
 * {@snippet :
 * ObjectSchema params = ObjectSchema.builder()
 *     .property("vmid", IntegerSchema.builder().minimum(100).build())
 *     .property("memory", IntegerSchema.builder().minimum(16).optional().build())
 *     .build();
 * }
 */
public sealed interface Schema
        permits StringSchema, IntegerSchema, NumberSchema, BooleanSchema, NullSchema, ArraySchema,
        ObjectSchema, AnySchema {

    /** The keywords every kind shares. */
    Common common();

    /** A copy of this schema with {@code common} replaced. */
    Schema withCommon(Common common);

    /** The {@code type} name as written in JSON, empty for a type-less or union-typed schema. */
    java.util.Optional<String> typeName();

    /** Whether the property may be absent ({@code optional} is truthy). */
    default boolean isOptional() {
        return common().optional().orElse(false);
    }

    /** A copy with {@code optional: 1}. */
    default Schema withOptional() {
        return withCommon(common().toBuilder().optional(true).build());
    }

    /** A copy with {@code optional} set to the given flag (written as {@code 1}/{@code 0}). */
    default Schema withOptional(boolean optional) {
        return withCommon(common().toBuilder().optional(optional).build());
    }

    /** The scalar checks of this schema ({@link ScalarRules#NONE} for object, array and null schemas). */
    default ScalarRules scalarRules() {
        return Node.rules(this);
    }

    /** The {@code properties} of an object or type-less schema; empty for every other kind. */
    default java.util.Map<String, Schema> propertyMap() {
        return java.util.Map.of();
    }

    /** Whether this schema describes an object by {@code properties}, {@code allOf} or {@code oneOf} (upstream {@code is_object_like_schema}). */
    default boolean isObjectLike() {
        return !propertyMap().isEmpty() || (this instanceof ObjectSchema o && o.properties().isPresent())
                || (this instanceof AnySchema a && a.properties().isPresent())
                || common().allOf().isPresent() || common().oneOf().isPresent();
    }

    /** The JSON form, with exactly the keys that were set. */
    default ObjectNode toJson() {
        return SchemaJson.write(this);
    }

    /**
     * Reads a schema from its JSON form.
     *
     * <p>Lenient like upstream: numbers may be given as strings ({@code minimum: "0"}), flags as
     * {@code 0}/{@code 1}/booleans, {@code type} as a union array. Keywords outside the dialect,
     * and keywords that do not apply to the kind, are kept in {@link Common#extra()} so that the
     * JSON round trip is exact; they have no effect on validation.
     *
     * @throws IllegalArgumentException if the definition is bad; the message names the key
     */
    static Schema fromJson(JsonNode json) {
        return SchemaJson.read(json, 0);
    }
}
