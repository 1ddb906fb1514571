package dev.jpve.schema;

import java.util.Objects;
import java.util.Optional;

/**
 * A {@code type: string} schema; numbers pass as their string form.
 *
 * @param common the shared keywords
 * @param rules the scalar checks (format, pattern, lengths, range, enum)
 */
public record StringSchema(Common common, ScalarRules rules) implements Schema {
    /** Checks the arguments. */
    public StringSchema {
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
    public StringSchema withCommon(Common c) {
        return new StringSchema(c, rules);
    }

    @Override
    public Optional<String> typeName() {
        return Optional.of("string");
    }

    /** Builder of {@link StringSchema}. */
    public static final class Builder extends ScalarBuilder<Builder, StringSchema> {
        private Builder(Common common, ScalarRules rules) {
            super(common, rules);
        }

        @Override
        public StringSchema build() {
            return new StringSchema(common.build(), rules());
        }
    }
}
