package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.jpve.cli.TableWriter.Column;
import dev.jpve.cli.TableWriter.Row;
import tools.jackson.databind.JsonNode;

/**
 * Upstream's {@code print_text_table}: rows of objects as a table, sorted, with cells rendered by
 * {@link DataText}, multi-line cells, per-column cut-off widths and ASCII or UTF-8 borders.
 */
final class TextTable {
    private final DataText dataText;

    TextTable(DataText dataText) {
        this.dataText = dataText;
    }

    /** The table text, every line ending in {@code \n}. */
    String render(List<JsonNode> data, Map<String, Schema> props, List<String> keys, OutputOptions options,
            TerminalOptions terminal) {
        List<JsonNode> sorted = sort(data, props, keys, options.sortKey());
        List<Row> rows = sorted.stream().map(e -> row(e, props, keys, options, terminal)).toList();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            columns.add(column(keys.get(i), props.get(keys.get(i)), rows, i));
        }
        return new TableWriter(columns, options, terminal).write(rows);
    }

    private static List<JsonNode> sort(List<JsonNode> data, Map<String, Schema> props, List<String> keys,
            SortKey sortKey) {
        Optional<String> key = switch (sortKey) {
            case SortKey.Unsorted u -> Optional.empty();
            case SortKey.Column c -> Optional.of(c.name()).filter(n -> !n.equals("0"));
            case SortKey.FirstColumn f -> keys.stream().findFirst();
        };
        List<JsonNode> copy = new ArrayList<>(data);
        key.ifPresent(k -> copy.sort(comparator(k, props.get(k))));
        return copy;
    }

    /** Upstream's {@code safe_compare} with {@code <=>} or {@code cmp}: undefined values first. */
    private static Comparator<JsonNode> comparator(String key, Schema schema) {
        boolean numeric = isNumeric(schema);
        return (a, b) -> {
            JsonNode x = a.get(key);
            JsonNode y = b.get(key);
            boolean xu = PerlScalar.isUndefined(x);
            boolean yu = PerlScalar.isUndefined(y);
            if (xu || yu) {
                return xu && yu ? 0 : xu ? -1 : 1;
            }
            return numeric ? compareNumbers(PerlValues.number(x), PerlValues.number(y))
                    : PerlValues.compareStrings(PerlValues.string(x), PerlValues.string(y));
        };
    }

    private static int compareNumbers(double x, double y) {
        return x < y ? -1 : x > y ? 1 : 0;
    }

    private static boolean isNumeric(Schema schema) {
        String type = schema == null ? "string" : schema.typeName().orElse("string");
        return type.equals("integer") || type.equals("number");
    }

    private Row row(JsonNode entry, Map<String, Schema> props, List<String> keys, OutputOptions options,
            TerminalOptions terminal) {
        List<List<String>> cells = new ArrayList<>(keys.size());
        int height = 1;
        for (String key : keys) {
            String text = dataText.text(entry.get(key), Optional.ofNullable(props.get(key)), options, terminal);
            List<String> lines = splitLines(text);
            height = Math.max(height, lines.size());
            cells.add(lines);
        }
        return new Row(cells, height);
    }

    /** Perl's {@code split(/\n/, text)}: trailing empty fields dropped. */
    private static List<String> splitLines(String text) {
        if (text.indexOf('\n') < 0) {
            return text.isEmpty() ? List.of() : List.of(text);
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private static Column column(String key, Schema schema, List<Row> rows, int index) {
        String title = schema == null ? key : schema.common().title().orElse(key);
        int longest = PerlValues.length(title);
        for (Row r : rows) {
            for (String line : r.cells().get(index)) {
                longest = Math.max(longest, PerlValues.length(line));
            }
        }
        Optional<Integer> cutoff = cutoff(schema);
        int width = cutoff.isPresent() && cutoff.get() <= longest ? Math.max(0, cutoff.get()) : longest;
        return new Column(title, width, isNumeric(schema));
    }

    /** {@code print_width // maxLength}. */
    private static Optional<Integer> cutoff(Schema schema) {
        if (schema == null) {
            return Optional.empty();
        }
        Optional<JsonNode> printWidth = schema.common().printWidth().filter(n -> !PerlScalar.isUndefined(n));
        if (printWidth.isPresent()) {
            return Optional.of((int) PerlValues.number(printWidth.get()));
        }
        return schema.scalarRules().maxLength();
    }
}
