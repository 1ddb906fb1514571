package dev.jpve.schema;

import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The checks that apply to a scalar value, in upstream's order: format, pattern, lengths, range, enum.
 *
 * @param format {@code format}
 * @param pattern {@code pattern}, compiled
 * @param maxLength {@code maxLength} in code points
 * @param minLength {@code minLength} in code points
 * @param maximum {@code maximum}, inclusive, applied only to number-like values
 * @param minimum {@code minimum}, inclusive, applied only to number-like values
 * @param enumValues {@code enum}, compared as strings
 */
public record ScalarRules(
        Optional<FormatSpec> format, Optional<Regex> pattern, Optional<Integer> maxLength,
        Optional<Integer> minLength, Optional<Num> maximum, Optional<Num> minimum,
        Optional<List<JsonNode>> enumValues) {

    /** No check. */
    public static final ScalarRules NONE = new ScalarRules(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Checks the definition: bounds in order, lengths not negative. */
    public ScalarRules {
        enumValues = enumValues.map(List::copyOf);
        if (minimum.isPresent() && maximum.isPresent() && minimum.get().value() > maximum.get().value()) {
            throw new IllegalArgumentException("minimum: " + minimum.get().text()
                    + " is greater than maximum " + maximum.get().text());
        }
        if (minLength.isPresent() && maxLength.isPresent() && minLength.get() > maxLength.get()) {
            throw new IllegalArgumentException("minLength: " + minLength.get()
                    + " is greater than maxLength " + maxLength.get());
        }
        minLength.filter(n -> n < 0).ifPresent(n -> {
            throw new IllegalArgumentException("minLength: must not be negative, got " + n);
        });
        maxLength.filter(n -> n < 0).ifPresent(n -> {
            throw new IllegalArgumentException("maxLength: must not be negative, got " + n);
        });
    }

    /** Whether no check is set. */
    public boolean isEmpty() {
        return this.equals(NONE);
    }
}
