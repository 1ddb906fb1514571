package dev.jpve.cli;

import java.util.List;
import java.util.Objects;

/** Which parameters take positional arguments (upstream's {@code arg_param}). */
public sealed interface ArgParam {
    /** No positional parameters: any positional argument is too many. */
    record None() implements ArgParam {}

    /**
     * A single list parameter (one with a {@code -list} format) that swallows every positional
     * argument; they are joined with {@code ,}.
     *
     * @param name the parameter
     */
    record ListParam(String name) implements ArgParam {
        /** Checks the name. */
        public ListParam {
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * Parameters filled from positional arguments in order; a last {@code extra-args} takes the
     * rest as an array.
     *
     * @param names the parameters, in order
     */
    record Positional(List<String> names) implements ArgParam {
        /** Checks and copies the names. */
        public Positional {
            names = List.copyOf(Objects.requireNonNull(names, "names"));
        }
    }

    /** No positional parameters. */
    static ArgParam none() {
        return new None();
    }

    /** A list parameter swallowing every positional argument. */
    static ArgParam list(String name) {
        return new ListParam(name);
    }

    /** Positional parameters, in order. */
    static ArgParam positional(String... names) {
        return new Positional(List.of(names));
    }
}
