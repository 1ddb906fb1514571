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
 * @param terminal what standard output is (width, codeset), for text tables
 */
public record CliIo(PrintStream out, PrintStream err, Map<String, String> env, TerminalOptions terminal) {

    /** Checks and copies the arguments. */
    public CliIo {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        env = Map.copyOf(env);
        Objects.requireNonNull(terminal, "terminal");
    }

    /** Streams and environment that are not a terminal (tests, pipes). */
    public CliIo(PrintStream out, PrintStream err, Map<String, String> env) {
        this(out, err, env, TerminalOptions.none());
    }

    /** The process's own streams and environment; standard output's terminal is queried. */
    public static CliIo system() {
        Map<String, String> env = System.getenv();
        return new CliIo(System.out, System.err, env, TerminalOptions.detect(env));
    }
}
