package dev.jpve.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: object} schema. Properties are required unless {@code optional}.
 *
 * @param common the shared keywords
 * @param properties {@code properties}, in definition order (absent and empty are distinct)
 * @param additionalProperties {@code additionalProperties}; absent means unknown keys are allowed
 */
public record ObjectSchema(Common common, Optional<Map<String, Schema>> properties,
        Optional<Additional> additionalProperties) implements Schema {

    /** Checks and copies the arguments. */
    public ObjectSchema {
        Objects.requireNonNull(common, "common");
        properties = properties.map(p -> Collections.unmodifiableMap(new LinkedHashMap<>(p)));
        Objects.requireNonNull(additionalProperties, "additionalProperties");
    }

    /** A builder with no keyword set. */
    public static Builder builder() {
        return new Builder(Common.NONE, Optional.empty(), Optional.empty());
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        return new Builder(common, properties, additionalProperties);
    }

    /** The properties, empty when none are defined. */
    @Override
    public Map<String, Schema> propertyMap() {
        return properties.orElse(Map.of());
    }

    @Override
    public ObjectSchema withCommon(Common c) {
        return new ObjectSchema(c, properties, additionalProperties);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("object");
    }

    /** Builder of {@link ObjectSchema}. */
    public static final class Builder extends SchemaBuilder<Builder, ObjectSchema> {
        private final PropertiesBuilder props;
        private Optional<Additional> additional;

        private Builder(Common common, Optional<Map<String, Schema>> properties, Optional<Additional> additional) {
            super(common);
            this.props = new PropertiesBuilder(properties);
            this.additional = additional;
        }

        /**
         * Adds a property.
         *
         * @throws IllegalArgumentException if the name is already defined
         */
        public Builder property(String name, Schema schema) {
            props.add(name, schema);
            return this;
        }

        /** Replaces a property, or adds it. */
        public Builder replaceProperty(String name, Schema schema) {
            props.replace(name, schema);
            return this;
        }

        /** Sets {@code additionalProperties} to {@code 1} or {@code 0}. */
        public Builder additionalProperties(boolean allowed) {
            additional = Optional.of(new Additional.Flag(allowed));
            return this;
        }

        /** Sets {@code additionalProperties} to a schema. */
        public Builder additionalProperties(Schema schema) {
            additional = Optional.of(new Additional.Of(schema));
            return this;
        }

        @Override
        public ObjectSchema build() {
            return new ObjectSchema(common.build(), props.build(), additional);
        }
    }
}
