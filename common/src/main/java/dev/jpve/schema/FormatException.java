package dev.jpve.schema;

import java.util.Map;
import java.util.Objects;

/**
 * A value does not satisfy a format; the message is upstream's text, usually ending with {@code \n}.
 *
 * <p>Thrown by {@link FormatVerifier}s and by {@link PropertyStringFormat}; property-string errors also
 * carry the per-key {@link #errors()}. Cheap to create (no stack trace), since it is control flow
 * on invalid input.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Map<String, String> errors;

    /** A format failure with upstream's message text. */
    public FormatException(String message) {
        this(message, Map.of());
    }

    /** A failure with per-key errors ({@code format error\n} of property strings). */
    public FormatException(String message, Map<String, String> errors) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
        this.errors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(errors));
    }

    /** Per-key errors (property strings), empty otherwise. */
    public Map<String, String> errors() {
        return errors;
    }

    /** Upstream's stringification: the message, then one {@code KEY: ERROR} line per error. */
    public String text() {
        StringBuilder sb = new StringBuilder(getMessage());
        errors.forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
        return sb.toString();
    }
}
