package dev.jpve.schema;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The setters every schema builder shares (the {@link Common} keywords).
 *
 * @param <B> the concrete builder
 * @param <S> the schema it builds
 */
public abstract sealed class SchemaBuilder<B extends SchemaBuilder<B, S>, S extends Schema>
        permits ScalarBuilder, NullSchema.Builder, ArraySchema.Builder, ObjectSchema.Builder {
    /** The shared keywords collected so far. */
    protected final Common.Builder common;

    SchemaBuilder(Common common) {
        this.common = common.toBuilder();
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * Builds the immutable schema.
     *
     * @throws IllegalArgumentException if the definition is bad; the message names the key
     */
    public abstract S build();

    /** Sets {@code optional: 1}. */
    public B optional() { common.optional(true); return self(); }
    /** Sets {@code optional} to {@code 1} or {@code 0}. */
    public B optional(boolean v) { common.optional(v); return self(); }
    /** Sets {@code default} (documentation only). */
    public B defaultValue(JsonNode v) { common.defaultValue(v); return self(); }
    /** Sets {@code default} to a string. */
    public B defaultValue(String v) { common.defaultValue(tools.jackson.databind.node.StringNode.valueOf(v)); return self(); }
    /** Sets {@code default} to a number. */
    public B defaultValue(long v) { common.defaultValue(tools.jackson.databind.node.LongNode.valueOf(v)); return self(); }
    /** Sets {@code description}. */
    public B description(String v) { common.description(v); return self(); }
    /** Sets {@code verbose_description}. */
    public B verboseDescription(String v) { common.verboseDescription(v); return self(); }
    /** Sets {@code title}. */
    public B title(String v) { common.title(v); return self(); }
    /** Sets {@code typetext}. */
    public B typetext(String v) { common.typetext(v); return self(); }
    /** Sets {@code format_description}. */
    public B formatDescription(String v) { common.formatDescription(v); return self(); }
    /** Sets {@code alias}. */
    public B alias(String v) { common.alias(v); return self(); }
    /** Sets {@code keyAlias}. */
    public B keyAlias(String v) { common.keyAlias(v); return self(); }
    /** Sets {@code default_key: 1}. */
    public B defaultKey() { common.defaultKey(true); return self(); }
    /** Sets {@code requires} to a property name. */
    public B requires(String property) { common.requires(new Requires.Property(property)); return self(); }
    /** Sets {@code requires} to a schema for the containing object. */
    public B requires(Schema schema) { common.requires(new Requires.Of(schema)); return self(); }
    /** Sets {@code type-property}. */
    public B typeProperty(String v) { common.typeProperty(v); return self(); }
    /** Sets {@code type-property-schema}. */
    public B typePropertySchema(Schema v) { common.typePropertySchema(v); return self(); }
    /** Sets {@code instance-types}. */
    public B instanceTypes(String... v) { common.instanceTypes(List.of(v)); return self(); }
    /** Sets {@code instance-type}. */
    public B instanceType(String v) { common.instanceType(v); return self(); }
    /** Sets {@code allOf}. */
    public B allOf(Schema... v) { common.allOf(List.of(v)); return self(); }
    /** Sets {@code oneOf}. */
    public B oneOf(Schema... v) { common.oneOf(List.of(v)); return self(); }
    /** Sets {@code renderer}. */
    public B renderer(String v) { common.renderer(v); return self(); }
    /** Replaces all shared keywords. */
    public B common(Common v) { common.replaceWith(v); return self(); }
}
