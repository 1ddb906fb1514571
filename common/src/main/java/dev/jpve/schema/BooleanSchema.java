package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: boolean} schema: {@code 1}, {@code 0} or a JSON boolean.
 *
 * @param common the shared keywords
 * @param rules the scalar checks (format, pattern, lengths, range, enum)
 */
public record BooleanSchema(Common common, ScalarRules rules) implements Schema {
    /** Checks the arguments. */
    public BooleanSchema {
        Objects.requireNonNull(common, "common");
        Objects.requireNonNull(rules, "rules");
    }

    /** A builder with no keyword set. */
    public static Builder builder() {
        return new Builder(Common.NONE, ScalarRules.NONE);
    }

    /** A builder holding this schema's keywords. */
    public Builder toBuilder() {
        return new Builder(common, rules);
    }

    @Override
    public BooleanSchema withCommon(Common c) {
        return new BooleanSchema(c, rules);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("boolean");
    }

    /** Builder of {@link BooleanSchema}. */
    public static final class Builder extends ScalarBuilder<Builder, BooleanSchema> {
        private Builder(Common common, ScalarRules rules) {
            super(common, rules);
        }

        @Override
        public BooleanSchema build() {
            return new BooleanSchema(common.build(), rules());
        }
    }
}
