package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: array} schema.
 *
 * @param common the shared keywords
 * @param items {@code items}: the schema of every element
 */
public record ArraySchema(Common common, Optional<Schema> items) implements Schema {
    /** Checks the arguments. */
    public ArraySchema {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(items, "items");
    }

    /** A builder with no keyword set. */
    public static Builder builder() {
        return new Builder(Common.NONE, Optional.empty());
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        return new Builder(common, items);
    }

    @Override
    public ArraySchema withCommon(Common c) {
        return new ArraySchema(c, items);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("array");
    }

    /** Builder of {@link ArraySchema}. */
    public static final class Builder extends SchemaBuilder<Builder, ArraySchema> {
        private Optional<Schema> items;

        private Builder(Common common, Optional<Schema> items) {
            super(common);
            this.items = items;
        }

        /** Sets {@code items}. */
        public Builder items(Schema schema) {
            items = Optional.of(Objects.requireNonNull(schema, "items"));
            return this;
        }

        @Override
        public ArraySchema build() {
            return new ArraySchema(common.build(), items);
        }
    }
}
