package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: number} schema; the check runs on the value's string form ({@code "1e5"} passes).
 *
 * @param common the shared keywords
 * @param rules the scalar checks (format, pattern, lengths, range, enum)
 */
public record NumberSchema(Common common, ScalarRules rules) implements Schema {
    /** Checks the arguments. */
    public NumberSchema {
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
    public NumberSchema withCommon(Common c) {
        return new NumberSchema(c, rules);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("number");
    }

    /** Builder of {@link NumberSchema}. */
    public static final class Builder extends ScalarBuilder<Builder, NumberSchema> {
        private Builder(Common common, ScalarRules rules) {
            super(common, rules);
        }

        @Override
        public NumberSchema build() {
            return new NumberSchema(common.build(), rules());
        }
    }
}
