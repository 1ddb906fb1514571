package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.node.ObjectNode;

/** A registered format: a verifier function or a property-string (hash) format. */
public sealed interface NamedFormat {
    /**
     * A format checked by code.
     *
     * @param verifier checks one value
     */
    record Code(FormatVerifier verifier) implements NamedFormat {
        /** Checks the argument. */
        public Code {
            Objects.requireNonNull(verifier, "verifier");
        }
    }

    /**
     * A property-string format, optionally post-processed by a validator.
     *
     * @param properties key to property schema
     * @param validator post-processes the parsed object (may throw {@link FormatException})
     */
    record Hash(Map<String, Schema> properties, Optional<UnaryOperator<ObjectNode>> validator) implements NamedFormat {
        /** Copies the map, keeping its order. */
        public Hash {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
            Objects.requireNonNull(validator, "validator");
        }
    }
}
