package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: null} schema: only an absent or null value passes.
 *
 * @param common the shared keywords
 */
public record NullSchema(Common common) implements Schema {
    /** Checks the argument. */
    public NullSchema {
        Objects.requireNonNull(common, "common");
    }

    /** A builder with no keyword set. */
    public static Builder builder() {
        return new Builder(Common.NONE);
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        return new Builder(common);
    }

    @Override
    public NullSchema withCommon(Common c) {
        return new NullSchema(c);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("null");
    }

    /** Builder of {@link NullSchema}. */
    public static final class Builder extends SchemaBuilder<Builder, NullSchema> {
        private Builder(Common common) {
            super(common);
        }

        @Override
        public NullSchema build() {
            return new NullSchema(common.build());
        }
    }
}
