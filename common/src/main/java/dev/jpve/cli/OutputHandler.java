package dev.jpve.cli;

import dev.jpve.schema.Schema;
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
     * @param io standard output and what it is
     */
    void print(JsonNode result, Optional<Schema> returns, ObjectNode formatterParams, CliIo io);

    /**
     * Upstream's usual output: {@code print_api_result} with the standard output options
     * ({@code --output-format}, {@code --noborder}, ...; see {@link StandardOutputOptions}).
     */
    static OutputHandler standard() {
        ApiResultPrinter printer = ApiResultPrinter.standard();
        return (result, returns, params, io) -> io.out().print(printer.printApiResult(result, returns,
                Optional.empty(), OutputOptions.fromParams(params), io.terminal()));
    }
}
