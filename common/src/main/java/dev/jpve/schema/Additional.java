package dev.jpve.schema;

import java.util.Objects;

/** The {@code additionalProperties} keyword: a flag, or a schema for every unknown key. */
public sealed interface Additional {
    /** Unknown keys are allowed. */
    Additional ALLOWED = new Flag(true);
    /** Unknown keys are errors. */
    Additional DENIED = new Flag(false);

    /**
     * A flag ({@code 1}/{@code 0}).
     *
     * @param allowed whether unknown keys are accepted
     */
    record Flag(boolean allowed) implements Additional {}

    /**
     * Unknown keys are validated against a schema.
     *
     * @param schema the schema for unknown keys' values
     */
    record Of(Schema schema) implements Additional {
        /** Checks the argument. */
        public Of {
            Objects.requireNonNull(schema, "schema");
        }
    }
}
