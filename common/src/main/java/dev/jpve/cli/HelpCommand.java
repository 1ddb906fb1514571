package dev.jpve.cli;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.BooleanSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/** The {@code help} command every command tree gets (upstream's {@code PVE::CLIHandler::help}). */
final class HelpCommand {
    /** The handler name upstream's help method belongs to; it orders the command in usages. */
    static final String HANDLER_NAME = "PVE::CLIHandler";
    /** The completion function name of the {@code extra-args} of {@code help}: the command words. */
    static final String COMMAND_NAMES = "jpve-command-names";

    private HelpCommand() {}

    /**
     * The help command of a tool. Its method returns the help text and its output handler
     * prints it, so the command is built once per tool (upstream's method prints and returns null).
     */
    static Command create(Supplier<ToolUsage> usage) {
        ApiMethod help = ApiMethod.builder("help").path("help").get()
                .description("Get help about specified command.")
                .parameters(ObjectSchema.builder().additionalProperties(false)
                        .property("extra-args", extraArgs())
                        .property("verbose", BooleanSchema.builder().description("Verbose output format.").optional()
                                .build())
                        .build())
                .returns(StringSchema.builder().build())
                .code((params, env) -> StringNode.valueOf(text(usage.get(), params.get("extra-args"),
                        params.get("verbose"))))
                .build();
        ApiHandler handler = ApiHandler.builder(HANDLER_NAME).register(help).build();
        return Command.of(handler, "help").withArgs("extra-args")
                .withOutput((result, returns, formatterParams, io) -> io.out().print(result.stringValue()));
    }

    private static ArraySchema extraArgs() {
        ArraySchema std = StandardOptions.EXTRA_ARGS;
        return std.toBuilder().common(std.common().toBuilder().description("Shows help for a specific command")
                .completion(StringNode.valueOf(COMMAND_NAMES)).build()).build();
    }

    private static String text(ToolUsage usage, JsonNode words, JsonNode verboseParam) {
        // an empty word list is still a defined (and true) value upstream, so plain `help` is verbose
        boolean verbose = PerlScalar.isTruthy(words);
        if (!PerlScalar.isUndefined(verboseParam)) {
            verbose = PerlScalar.isTruthy(verboseParam);
        }
        if (PerlScalar.isUndefined(words)) {
            return verbose ? usage.usageVerbose() : usage.usageShort(Optional.empty(), Optional.empty());
        }
        List<String> list = new ArrayList<>();
        words.forEach(w -> list.add(PerlScalar.text(w)));
        Optional<String> str = verbose
                ? usage.generate(UsageFormat.FULL, Optional.of(list), "", "", ToolUsage.Order.NAME)
                : usage.generate(UsageFormat.SHORT, Optional.of(list), ToolUsage.INDENT, "", ToolUsage.Order.NAME);
        if (str.isEmpty()) {
            return usage.usageShort(Optional.of("unknown command '" + list.getFirst() + "'"), Optional.empty());
        }
        String stripped = str.get().stripLeading();
        return verbose ? stripped + "\n" : "USAGE: " + stripped + "\n";
    }
}
