package dev.jpve.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema without a single concrete type: no {@code type} at all, {@code any}, {@code coderef},
 * a union ({@code [string, array]}) or (legacy) a schema as type.
 *
 * <p>Type-less schemas are common as {@code allOf} members and {@code oneOf} variants, so this
 * kind accepts every keyword: the scalar rules apply to scalar values, {@code properties} to
 * objects and {@code items} to arrays.
 *
 * @param common the shared keywords
 * @param type {@code type}; absent: no type check
 * @param rules the scalar checks
 * @param properties {@code properties}
 * @param additionalProperties {@code additionalProperties}
 * @param items {@code items}
 */
public record AnySchema(Common common, Optional<TypeExpr> type, ScalarRules rules,
        Optional<Map<String, Schema>> properties, Optional<Additional> additionalProperties,
        Optional<Schema> items) implements Schema {

    /** Checks and copies the arguments. */
    public AnySchema {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(rules, "rules");
        properties = properties.map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p)));
        Objects.requireNonNull(additionalProperties, "additionalProperties");
        Objects.requireNonNull(items, "items");
    }

    /** A builder with no keyword set (a schema that accepts anything). */
    public static Builder builder() {
        return new AnySchema(Common.NONE, Optional.empty(), ScalarRules.NONE, Optional.empty(),
                Optional.empty(), Optional.empty()).toBuilder();
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The properties, empty when none are defined. */
    @Override
    public Map<String, Schema> propertyMap() {
        return properties.orElse(Map.of());
    }

    @Override
    public AnySchema withCommon(Common c) {
        return new AnySchema(c, type, rules, properties, additionalProperties, items);
    }

    @Override
    public Optional<String> typeName() {
        return type.flatMap(t -> t instanceof TypeExpr.Name n ? Optional.of(n.name()) : Optional.empty());
    }

    /** Builder of {@link AnySchema}. */
    public static final class Builder extends ScalarBuilder<Builder, AnySchema> {
        private Optional<TypeExpr> type;
        private final PropertiesBuilder props;
        private Optional<Additional> additional;
        private Optional<Schema> items;

        private Builder(AnySchema s) {
            super(s.common, s.rules);
            type = s.type;
            props = new PropertiesBuilder(s.properties);
            additional = s.additionalProperties;
            items = s.items;
        }

        /** Sets {@code type}. */
        public Builder type(TypeExpr t) { type = Optional.of(Objects.requireNonNull(t, "type")); return this; }
        /** Sets {@code type} to a name ({@code any}, {@code coderef}). */
        public Builder type(String name) { return type(new TypeExpr.Name(name)); }
        /**
         * Adds a property.
         *
         * @throws IllegalArgumentException if the name is already defined
         */
        public Builder property(String name, Schema schema) { props.add(name, schema); return this; }
        /** Sets {@code additionalProperties} to {@code 1} or {@code 0}. */
        public Builder additionalProperties(boolean allowed) { additional = Optional.of(new Additional.Flag(allowed)); return this; }
        /** Sets {@code additionalProperties} to a schema. */
        public Builder additionalProperties(Schema schema) { additional = Optional.of(new Additional.Of(schema)); return this; }
        /** Sets {@code items}. */
        public Builder items(Schema schema) { items = Optional.of(Objects.requireNonNull(schema, "items")); return this; }

        @Override
        public AnySchema build() {
            return new AnySchema(common.build(), type, rules(), props.build(), additional, items);
        }
    }
}
