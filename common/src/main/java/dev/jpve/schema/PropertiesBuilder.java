package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Collects a {@code properties} map, refusing duplicates. */
final class PropertiesBuilder {
    private final Map<String, Schema> map = new LinkedHashMap<>();
    private boolean present;

    PropertiesBuilder(Optional<Map<String, Schema>> initial) {
        initial.ifPresent(map::putAll);
        present = initial.isPresent();
    }

    void add(String name, Schema schema) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, name);
        if (map.containsKey(name)) {
            throw new IllegalArgumentException("properties: duplicate property '" + name + "'");
        }
        map.put(name, schema);
        present = true;
    }

    void replace(String name, Schema schema) {
        map.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(schema, name));
        present = true;
    }

    Optional<Map<String, Schema>> build() {
        return present ? Optional.of(map) : Optional.empty();
    }
}
