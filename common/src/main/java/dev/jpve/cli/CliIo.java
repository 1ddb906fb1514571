package dev.jpve.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * The process surroundings of a CLI run: standard output, standard error and the environment
 * (completion reads {@code COMP_LINE} and {@code COMP_POINT} from it).
 *
 * @param out standard output
 * @param err standard error
 * @param env the environment variables
 */
public record CliIo(PrintStream out, PrintStream err, Map<String, String> env) {

    /** Checks and copies the arguments. */
    public CliIo {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
    }

    /** The process's own streams and environment. */
    public static CliIo system() {
        return new CliIo(System.out, System.err, System.getenv());
    }
}
