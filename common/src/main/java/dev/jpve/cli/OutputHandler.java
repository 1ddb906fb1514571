package dev.jpve.cli;

import dev.jpve.schema.Schema;
import java.io.PrintStream;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Prints a command's result (upstream's output sub of a command definition). */
@FunctionalInterface
public interface OutputHandler {

    /**
     * Prints the result.
     *
     * @param result what the method returned
     * @param returns the method's result schema
     * @param formatterParams the formatter options given on the command line
     *     ({@code output-format}, {@code noborder}, ...), as parsed
     * @param out standard output
     */
    void print(JsonNode result, Optional<Schema> returns, ObjectNode formatterParams, PrintStream out);
}
