package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: integer} schema; the check runs on the value's string form ({@code "12"} passes).
 *
 * @param common the shared keywords
 * @param rules the scalar checks (format, pattern, lengths, range, enum)
 */
public record IntegerSchema(Common common, ScalarRules rules) implements Schema {
    /** Checks the arguments. */
    public IntegerSchema {
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
    public IntegerSchema withCommon(Common c) {
        return new IntegerSchema(c, rules);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("integer");
    }

    /** Builder of {@link IntegerSchema}. */
    public static final class Builder extends ScalarBuilder<Builder, IntegerSchema> {
        private Builder(Common common, ScalarRules rules) {
            super(common, rules);
        }

        @Override
        public IntegerSchema build() {
            return new IntegerSchema(common.build(), rules());
        }
    }
}
