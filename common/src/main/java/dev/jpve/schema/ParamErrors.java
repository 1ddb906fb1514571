package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The validator's error map: parameter path to message, in insertion order.
 *
 * <p>An empty path is stored as {@code _root}. A second message for the same path is appended
 * after the two characters backslash and {@code n} (upstream QUIRK, kept).
 */
public final class ParamErrors {
    private final Map<String, String> map = new LinkedHashMap<>();

    /** Adds a message for a path, joining with a literal {@code \n} if the path already has one. */
    public void add(String path, String message) {
        Objects.requireNonNull(message, "message");
        String key = path == null || path.isEmpty() ? "_root" : path;
        map.merge(key, message, (old, add) -> old + "\\n" + add);
    }

    /** Adds every entry of another error map. */
    public void addAll(ParamErrors other) {
        other.map.forEach(this::add);
    }

    /** Whether there is no error. */
    public boolean isEmpty() {
        return map.isEmpty();
    }

    /** A copy of the errors. */
    public Map<String, String> asMap() {
        return new LinkedHashMap<>(map);
    }

    /** The exception upstream raises for these errors: code 400 with the given message. */
    public ApiException toException(String message) {
        return ApiException.of(400, message, map);
    }

    @Override
    public String toString() {
        return map.toString();
    }
}
