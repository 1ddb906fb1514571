package dev.jpve.cli;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.Schema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command running one API method: the same definition the REST API serves.
 *
 * {@snippet :
 * Command status = Command.of(vmApi, "status").withArgs("vmid")
 *     .withFixed(Map.of("node", localNode))
 *     .withOutput(OutputHandlers.standard(), StandardOutputOptions.all());
 * }
 *
 * @param handler the handler the method belongs to (its formats validate the parameters)
 * @param method the method
 * @param argParam the parameters given as positional arguments
 * @param fixed parameters preset by the command, not options
 * @param output prints the result; without it the result is not printed
 * @param formatterProps extra options handed to the output handler, such as the standard output
 *     options
 */
public record Command(ApiHandler handler, ApiMethod method, ArgParam argParam, Map<String, String> fixed,
        Optional<OutputHandler> output, Map<String, Schema> formatterProps) implements CommandDef {

    /** Checks and copies the arguments. */
    public Command {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(argParam, "argParam");
        fixed = Collections.unmodifiableMap(new LinkedHashMap<>(fixed));
        Objects.requireNonNull(output, "output");
        formatterProps = Collections.unmodifiableMap(new LinkedHashMap<>(formatterProps));
    }

    /**
     * The command running {@code handler}'s method {@code methodName}, without positional
     * arguments, fixed parameters or output.
     *
     * @throws IllegalArgumentException if the handler has no such method
     */
    public static Command of(ApiHandler handler, String methodName) {
        ApiMethod m = handler.method(methodName).orElseThrow(() ->
                new IllegalArgumentException("no such method '" + handler.name() + "::" + methodName + "'"));
        return new Command(handler, m, ArgParam.none(), Map.of(), Optional.empty(), Map.of());
    }

    /** A copy taking these parameters as positional arguments, in order. */
    public Command withArgs(String... names) {
        return new Command(handler, method, new ArgParam.Positional(List.of(names)), fixed, output, formatterProps);
    }

    /** A copy taking positional arguments as given. */
    public Command withArgs(ArgParam value) {
        return new Command(handler, method, value, fixed, output, formatterProps);
    }

    /** A copy with these preset parameters. */
    public Command withFixed(Map<String, String> values) {
        return new Command(handler, method, argParam, values, output, formatterProps);
    }

    /** A copy printing results with this handler, without extra options. */
    public Command withOutput(OutputHandler handlerOfOutput) {
        return withOutput(handlerOfOutput, Map.of());
    }

    /** A copy printing results with this handler, which understands these extra options. */
    public Command withOutput(OutputHandler handlerOfOutput, Map<String, Schema> props) {
        return new Command(handler, method, argParam, fixed, Optional.of(handlerOfOutput), props);
    }
}
