package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The formatter options of a CLI command (upstream's parsed {@code output-format},
 * {@code noborder}, {@code noheader}, {@code quiet}, {@code human-readable} parameters, plus the
 * programmatic {@code sort_key}).
 *
 * {@snippet :
 * OutputOptions opts = OutputOptions.fromParams(params);          // as get_options left them
 * OutputOptions json = OutputOptions.DEFAULT.withFormat(OutputFormat.JSON);
 * }
 *
 * @param format the output format
 * @param noborder no ASCII-art border around text tables
 * @param noheader no header line in text tables
 * @param quiet print nothing at all
 * @param humanReadable apply renderers and print booleans as {@code 1}/{@code 0}
 * @param sortKey the row order of text tables
 * @param precision the {@code bytes} renderer's number of decimals (upstream passes the whole
 *     options hash, whose {@code precision} key it reads); empty or 0: two decimals
 */
public record OutputOptions(OutputFormat format, boolean noborder, boolean noheader, boolean quiet,
        boolean humanReadable, SortKey sortKey, OptionalInt precision) {

    /** Upstream's defaults: text, border, header, human readable, sorted by the first column. */
    public static final OutputOptions DEFAULT = new OutputOptions(OutputFormat.TEXT, false, false, false,
            true, SortKey.firstColumn(), OptionalInt.empty());

    /** The defaults of {@code print_api_result_plain}: {@link #DEFAULT} without border and header. */
    public static final OutputOptions PLAIN = DEFAULT.withBorder(false).withHeader(false);

    /** Checks the arguments. */
    public OutputOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sortKey, "sortKey");
        Objects.requireNonNull(precision, "precision");
    }

    /** Reads the formatter parameters as {@link GetOptions} leaves them; absent keys take {@link #DEFAULT}'s values. */
    public static OutputOptions fromParams(ObjectNode params) {
        return fromParams(params, DEFAULT);
    }

    /**
     * Reads the formatter parameters ({@code output-format}, {@code noborder}, {@code noheader},
     * {@code quiet}, {@code human-readable}, {@code sort_key}, {@code precision}); flags follow
     * Perl truthiness, a {@code sort_key} of {@code 0} means unsorted; absent (or null) keys keep
     * the values of {@code defaults}.
     *
     * @throws IllegalArgumentException for an unknown output format
     */
    public static OutputOptions fromParams(ObjectNode params, OutputOptions defaults) {
        Objects.requireNonNull(params, "params");
        return new OutputOptions(
                text(params.get("output-format")).map(OutputOptions::format).orElse(defaults.format),
                flag(params.get("noborder"), defaults.noborder),
                flag(params.get("noheader"), defaults.noheader),
                flag(params.get("quiet"), defaults.quiet),
                flag(params.get("human-readable"), defaults.humanReadable),
                text(params.get("sort_key")).map(OutputOptions::sortKey).orElse(defaults.sortKey),
                text(params.get("precision")).map(OutputOptions::precision).orElse(defaults.precision));
    }

    /** A copy with another format. */
    public OutputOptions withFormat(OutputFormat f) {
        return new OutputOptions(f, noborder, noheader, quiet, humanReadable, sortKey, precision);
    }

    /** A copy with ({@code true}) or without the table border. */
    public OutputOptions withBorder(boolean border) {
        return new OutputOptions(format, !border, noheader, quiet, humanReadable, sortKey, precision);
    }

    /** A copy with ({@code true}) or without the table header. */
    public OutputOptions withHeader(boolean header) {
        return new OutputOptions(format, noborder, !header, quiet, humanReadable, sortKey, precision);
    }

    /** A copy with human-readable rendering switched on or off. */
    public OutputOptions withHumanReadable(boolean on) {
        return new OutputOptions(format, noborder, noheader, quiet, on, sortKey, precision);
    }

    /** A copy with another row order. */
    public OutputOptions withSortKey(SortKey key) {
        return new OutputOptions(format, noborder, noheader, quiet, humanReadable, key, precision);
    }

    private static Optional<String> text(JsonNode node) {
        if (PerlScalar.isUndefined(node)) {
            return Optional.empty();
        }
        return Optional.of(PerlScalar.isScalar(node) ? PerlScalar.text(node) : node.toString());
    }

    private static boolean flag(JsonNode node, boolean dflt) {
        return PerlScalar.isUndefined(node) ? dflt : PerlScalar.isTruthy(node);
    }

    private static OutputFormat format(String name) {
        return OutputFormat.fromWireName(name).orElseThrow(
                () -> new IllegalArgumentException("internal error: unknown output format"));
    }

    private static SortKey sortKey(String name) {
        return name.equals("0") ? SortKey.unsorted() : SortKey.column(name);
    }

    private static OptionalInt precision(String text) {
        return OptionalInt.of((int) PerlValues.number(text));
    }
}
