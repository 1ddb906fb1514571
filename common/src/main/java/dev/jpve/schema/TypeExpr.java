package dev.jpve.schema;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The {@code type} of an {@link AnySchema}: a name ({@code any}, {@code coderef}), a union, or (legacy) a schema. */
public sealed interface TypeExpr {
    /** The type names the dialect knows. */
    Set<String> NAMES = Set.of("string", "object", "coderef", "array", "boolean", "number", "integer", "null", "any");

    /**
     * A single type name.
     *
     * @param name one of {@link #NAMES}
     */
    record Name(String name) implements TypeExpr {
        /** Checks that the name is known. */
        public Name {
            if (!NAMES.contains(Objects.requireNonNull(name, "name"))) {
                throw new IllegalArgumentException("type: unknown type '" + name + "'");
            }
        }
    }

    /**
     * A union: the value must pass one member ({@code type: [string, array]}).
     *
     * @param members the alternatives, names or schemas
     */
    record Union(List<TypeExpr> members) implements TypeExpr {
        /** Copies the list. */
        public Union {
            members = List.copyOf(members);
        }
    }

    /**
     * (legacy) A schema used as type.
     *
     * @param schema the schema the value must satisfy
     */
    record Of(Schema schema) implements TypeExpr {
        /** Checks the argument. */
        public Of {
            Objects.requireNonNull(schema, "schema");
        }
    }
}
