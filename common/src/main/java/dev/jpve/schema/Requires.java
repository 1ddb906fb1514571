package dev.jpve.schema;

import java.util.Objects;

/** The {@code requires} keyword: a property that must then be defined, or a schema the containing object must satisfy. */
public sealed interface Requires {
    /**
     * Another property must be defined when this one is present.
     *
     * @param name the required property
     */
    record Property(String name) implements Requires {
        /** Checks the argument. */
        public Property {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The whole containing object must satisfy a schema when this property is present.
     *
     * @param schema the schema for the containing object
     */
    record Of(Schema schema) implements Requires {
        /** Checks the argument. */
        public Of {
            Objects.requireNonNull(schema, "schema");
        }
    }
}
