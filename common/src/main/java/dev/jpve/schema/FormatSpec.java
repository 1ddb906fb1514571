package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The {@code format} keyword: a registered format name or an inline property-string format. */
public sealed interface FormatSpec {
    /**
     * A registered format, possibly with a {@code -list} or {@code -opt} suffix.
     *
     * @param name the name as written ({@code pve-vmid-list})
     */
    record Named(String name) implements FormatSpec {
        /** Checks the argument. */
        public Named {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * An inline property-string format: key to property schema.
     *
     * @param properties the keys of the property string, in definition order
     */
    record Inline(Map<String, Schema> properties) implements FormatSpec {
        /** Copies the map, keeping its order. */
        public Inline {
            properties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }
}
