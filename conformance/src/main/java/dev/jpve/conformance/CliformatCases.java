package dev.jpve.conformance;

import dev.jpve.cli.ApiResultPrinter;
import dev.jpve.cli.OutputOptions;
import dev.jpve.cli.Renderers;
import dev.jpve.cli.TerminalOptions;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code cliformat} name: {@code print_api_result} (default), {@code print_api_result_plain},
 * {@code print_api_list}, {@code print_text_table} and {@code data_to_text}, each answering
 * {@code text}: what upstream would print (or return, for {@code data_to_text}). The terminal is
 * never queried: {@code terminal_opts} is all there is; {@code tz} sets the zone of local times.
 */
final class CliformatCases implements CaseHandler {
    @Override
    public void handle(ObjectNode input, ObjectNode result) {
        ApiResultPrinter printer = ApiResultPrinter.of(Renderers.standard(zone(input.get("tz"))));
        String op = PerlScalars.text(input.get("op")).orElse("print_api_result");
        JsonNode data = input.path("data");
        ObjectNode params = input.get("options") instanceof ObjectNode o ? o : Main.JSON.createObjectNode();
        TerminalOptions terminal = terminal(input.get("terminal_opts"));
        Optional<List<String>> props = props(input.get("props_to_print"));
        String text = switch (op) {
            case "print_api_result" -> printer.printApiResult(data, schema(input), props,
                    OutputOptions.fromParams(params), terminal);
            case "print_api_result_plain" -> printer.printApiResultPlain(data, schema(input), props,
                    OutputOptions.fromParams(params, OutputOptions.PLAIN));
            case "print_api_list" -> printer.printApiList(data, schema(input).orElseThrow(
                    () -> new IllegalArgumentException("schema: required")), props, OutputOptions.fromParams(params),
                    terminal);
            case "print_text_table" -> printer.printTextTable(data, SchemaCaseSupport.hash(input.path("schema")),
                    props.orElse(List.of()), OutputOptions.fromParams(params), terminal);
            case "data_to_text" -> printer.dataToText(data, schema(input), OutputOptions.fromParams(params), terminal);
            default -> throw new IllegalArgumentException("unknown op: " + op);
        };
        result.put("text", text);
    }

    private static Optional<Schema> schema(ObjectNode input) {
        JsonNode s = input.get("schema");
        return PerlScalar.isUndefined(s) ? Optional.empty() : Optional.of(Schema.fromJson(s));
    }

    private static Optional<List<String>> props(JsonNode node) {
        if (PerlScalar.isUndefined(node)) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        node.forEach(n -> names.add(PerlScalars.textOrEmpty(n)));
        return Optional.of(names);
    }

    /** {@code columns} (0 or absent: no limit), {@code utf8}, {@code encoding}. */
    private static TerminalOptions terminal(JsonNode opts) {
        if (opts == null || !opts.isObject()) {
            return TerminalOptions.none();
        }
        int columns = (int) Math.floor(Double.parseDouble(PerlScalars.text(opts.get("columns")).orElse("0")));
        return new TerminalOptions(columns > 0 ? OptionalInt.of(columns) : OptionalInt.empty(),
                PerlScalars.truthy(opts.get("utf8")), PerlScalars.text(opts.get("encoding")));
    }

    private static ZoneId zone(JsonNode tz) {
        return PerlScalars.text(tz).map(ZoneId::of).orElseGet(ZoneId::systemDefault);
    }
}
