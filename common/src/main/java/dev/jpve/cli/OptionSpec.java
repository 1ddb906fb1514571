package dev.jpve.cli;

import java.util.Objects;

/**
 * One option the {@link GetoptParser} accepts.
 *
 * @param name the canonical name (matched case-insensitively, unique prefixes accepted)
 * @param arity how the option takes its value
 */
public record OptionSpec(String name, Arity arity) {
    /** How an option takes its value. */
    public enum Arity {
        /** Takes the next argument only when it does not look like an option (booleans). */
        OPTIONAL_VALUE,
        /** Takes the next argument whatever it is; the last occurrence wins. */
        MANDATORY_VALUE,
        /** Takes the next argument whatever it is; occurrences collect into a list. */
        REPEATABLE
    }

    /** Checks the components. */
    public OptionSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(arity, "arity");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name must not be empty");
        }
    }
}
