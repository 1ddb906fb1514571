package dev.jpve.cli;

import dev.jpve.schema.AnySchema;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.NullSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import dev.jpve.schema.StringSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Prints API results the way {@code PVE::CLIFormatter} does: text tables, JSON, pretty JSON or
 * YAML. Every method returns exactly the text upstream would print; nothing is written anywhere.
 *
 * {@snippet :
 * ApiResultPrinter printer = ApiResultPrinter.standard();
 * String out = printer.printApiResult(data, Optional.of(method.returns()), Optional.empty(),
 *         OutputOptions.fromParams(formatterParams), TerminalOptions.of("UTF-8", OptionalInt.of(80)));
 * System.out.print(out);
 * }
 *
 * <p>Errors are thrown as {@link IllegalArgumentException} with upstream's message text, e.g.
 * {@code "can only print object lists\n"}; a renderer that is not registered gives an
 * {@link IllegalStateException}.
 */
public final class ApiResultPrinter {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final DataText dataText;
    private final TextTable table;

    private ApiResultPrinter(Renderers renderers) {
        this.dataText = new DataText(renderers);
        this.table = new TextTable(dataText);
    }

    /** A printer with the standard renderers, local times in the system's default zone. */
    public static ApiResultPrinter standard() {
        return new ApiResultPrinter(Renderers.standard());
    }

    /** A printer with the given renderers. */
    public static ApiResultPrinter of(Renderers renderers) {
        return new ApiResultPrinter(renderers);
    }

    /**
     * Upstream's {@code print_api_result}: the text printed for a method's result.
     *
     * <p>Nothing when quiet, when the schema's type is {@code null}, or when the schema is
     * optional and the data undefined; without a schema (or without a schema type) the type is
     * guessed from the data. Text output prints an object as a {@code key}/{@code value} table,
     * an array of objects as a table ({@link #printApiList}), an array of scalars as a
     * single-column table without header, and anything else as its string and a newline.
     *
     * @param data the result
     * @param returns the method's {@code returns} schema
     * @param propsToPrint the properties (columns) to print; absent: the schema's properties,
     *     required ones first, each group sorted; absent or an empty list when the schema has
     *     none: all keys of the data, sorted
     * @throws IllegalArgumentException with upstream's text when the data do not fit the schema
     */
    public String printApiResult(JsonNode data, Optional<Schema> returns, Optional<List<String>> propsToPrint,
            OutputOptions options, TerminalOptions terminal) {
        if (options.quiet()) {
            return "";
        }
        Schema schema;
        if (returns.isPresent() && returns.get().typeName().isPresent()) {
            schema = returns.get();
            if (schema.typeName().get().equals("null") || (schema.isOptional() && PerlScalar.isUndefined(data))) {
                return "";
            }
        } else {
            schema = guess(data);
        }
        return switch (options.format()) {
            case YAML -> YamlDump.document(data);
            case JSON -> PerlJson.compact(data) + "\n";
            case JSON_PRETTY -> PerlJson.pretty(data);
            case TEXT -> text(data, schema, propsToPrint, options, terminal);
        };
    }

    /**
     * Upstream's {@code print_api_result_plain}: {@link #printApiResult} without a terminal (no
     * width limit, ASCII). Upstream defaults {@code noheader} and {@code noborder} to on here:
     * pass options derived from {@link OutputOptions#PLAIN}, e.g.
     * {@code OutputOptions.fromParams(params, OutputOptions.PLAIN)}.
     */
    public String printApiResultPlain(JsonNode data, Optional<Schema> returns, Optional<List<String>> propsToPrint,
            OutputOptions options) {
        return printApiResult(data, returns, propsToPrint, options, TerminalOptions.none());
    }

    /**
     * Upstream's {@code print_api_list}: an array of objects as a text table.
     *
     * @param schema an array schema whose items are objects
     * @param propsToPrint the columns; absent: the item properties (required ones first, each
     *     group sorted); absent or an empty list when there are none: every key found in the
     *     data, sorted
     * @throws IllegalArgumentException {@code can only print object lists\n} or
     *     {@code unable to detect list properties\n}
     */
    public String printApiList(JsonNode data, Schema schema, Optional<List<String>> propsToPrint,
            OutputOptions options, TerminalOptions terminal) {
        Optional<Schema> items = items(schema);
        if (!schema.typeName().equals(Optional.of("array"))
                || !items.flatMap(Schema::typeName).equals(Optional.of("object"))) {
            throw new IllegalArgumentException("can only print object lists\n");
        }
        Map<String, Schema> props = items.get().propertyMap();
        List<String> columns = propsToPrint.orElseGet(() -> propertiesToPrint(props));
        if (columns.isEmpty()) {
            columns = allKeys(data);
        }
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("unable to detect list properties\n");
        }
        return printTextTable(data, props, columns, options, terminal);
    }

    /**
     * Upstream's {@code print_text_table}: the rows (objects) of {@code data} as a table of the
     * given columns.
     *
     * @param props the schemas of the columns (title, renderer, print_width, maxLength, type);
     *     a column without one is a left-aligned string column
     */
    public String printTextTable(JsonNode data, Map<String, Schema> props, List<String> columns,
            OutputOptions options, TerminalOptions terminal) {
        List<JsonNode> rows = new ArrayList<>();
        data.forEach(rows::add);
        return table.render(rows, props, List.copyOf(columns), options, terminal);
    }

    /** Upstream's {@code data_to_text}: one value as cell text (see {@link Renderer}). */
    public String dataToText(JsonNode value, Optional<Schema> prop, OutputOptions options, TerminalOptions terminal) {
        return dataText.text(value, prop, options, terminal);
    }

    private String text(JsonNode data, Schema schema, Optional<List<String>> propsToPrint, OutputOptions options,
            TerminalOptions terminal) {
        return switch (schema.typeName().orElse("")) {
            case "object" -> objectTable(data, schema, propsToPrint, options, terminal);
            case "array" -> arrayTable(data, schema, propsToPrint, options, terminal);
            default -> PerlValues.string(data) + "\n";
        };
    }

    private String objectTable(JsonNode data, Schema schema, Optional<List<String>> propsToPrint,
            OutputOptions options, TerminalOptions terminal) {
        Map<String, Schema> props = schema.propertyMap();
        List<String> keys = propsToPrint.orElseGet(() -> propertiesToPrint(props));
        if (keys.isEmpty()) {
            keys = sortedKeys(data);
        }
        var rows = NODES.arrayNode();
        for (String key : keys) {
            JsonNode value = data.get(key);
            if (!PerlScalar.isUndefined(value)) {
                rows.addObject().put("key", key)
                        .put("value", dataText.text(value, Optional.ofNullable(props.get(key)), options, terminal));
            }
        }
        Schema list = ArraySchema.builder().items(ObjectSchema.builder().build()).build();
        return printApiList(rows, list, Optional.of(List.of("key", "value")), options, terminal);
    }

    private String arrayTable(JsonNode data, Schema schema, Optional<List<String>> propsToPrint,
            OutputOptions options, TerminalOptions terminal) {
        if (data.isObject()) {
            if (data.isEmpty()) {
                return "";
            }
            throw new IllegalArgumentException("got hash object, but result schema specified array!\n");
        }
        if (!data.isArray()) {
            throw new IllegalArgumentException("Not an ARRAY reference\n");
        }
        if (data.isEmpty()) {
            return "";
        }
        Optional<Schema> items = items(schema);
        if (items.flatMap(Schema::typeName).equals(Optional.of("object"))) {
            return printApiList(data, schema, propsToPrint, options, terminal);
        }
        var rows = NODES.arrayNode();
        data.forEach(v -> rows.addObject().set("value", v));
        Map<String, Schema> props = items.map(i -> Map.of("value", i)).orElse(Map.of());
        return printTextTable(rows, props, List.of("value"), options.withHeader(false), terminal);
    }

    /** Upstream's {@code extract_properties_to_print}: required keys sorted, then optional keys sorted. */
    private static List<String> propertiesToPrint(Map<String, Schema> props) {
        List<String> required = new ArrayList<>();
        List<String> optional = new ArrayList<>();
        props.forEach((k, v) -> (v.isOptional() ? optional : required).add(k));
        required.sort(PerlValues::compareStrings);
        optional.sort(PerlValues::compareStrings);
        required.addAll(optional);
        return required;
    }

    private static List<String> sortedKeys(JsonNode data) {
        if (!data.isObject()) {
            throw new IllegalArgumentException("Not a HASH reference\n");
        }
        List<String> keys = new ArrayList<>(data.propertyNames());
        keys.sort(PerlValues::compareStrings);
        return keys;
    }

    private static List<String> allKeys(JsonNode data) {
        TreeSet<String> keys = new TreeSet<>(PerlValues::compareStrings);
        data.forEach(row -> {
            if (!row.isObject()) {
                throw new IllegalArgumentException("Not a HASH reference\n");
            }
            keys.addAll(row.propertyNames());
        });
        return List.copyOf(keys);
    }

    private static Optional<Schema> items(Schema schema) {
        return switch (schema) {
            case ArraySchema a -> a.items();
            case AnySchema a -> a.items();
            default -> Optional.empty();
        };
    }

    /** Upstream's {@code $guess_type}: null, object, array (items from the first element) or string. */
    private static Schema guess(JsonNode data) {
        if (PerlScalar.isUndefined(data)) {
            return NullSchema.builder().build();
        }
        if (data.isObject()) {
            return ObjectSchema.builder().build();
        }
        if (data.isArray()) {
            return ArraySchema.builder().items(guess(data.isEmpty() ? null : data.get(0))).build();
        }
        return StringSchema.builder().build();
    }
}
