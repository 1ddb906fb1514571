package dev.jpve.bench;

import dev.jpve.cli.ApiResultPrinter;
import dev.jpve.cli.OutputFormat;
import dev.jpve.cli.OutputOptions;
import dev.jpve.cli.Renderers;
import dev.jpve.cli.TerminalOptions;
import dev.jpve.schema.Schema;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Printing a 1,000-row, 6-column API list ({@code print_api_result}): a text table (renderers
 * {@code bytes}, {@code duration}, {@code timestamp}, a boolean and a multi-line-free string
 * column), compact JSON, pretty JSON and YAML. Baseline: Jackson's own compact serialisation of
 * the same tree (unsorted keys, no Perl number forms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TableBench {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiResultPrinter printer;
    private Schema schema;
    private ArrayNode rows;
    private TerminalOptions ascii;
    private TerminalOptions utf8;

    /** Builds the rows and the schema once. */
    @Setup
    public void setup() {
        printer = ApiResultPrinter.of(Renderers.standard(ZoneOffset.UTC));
        schema = Schema.fromJson(JSON.readTree("""
                {"type": "array", "items": {"type": "object", "properties": {
                  "vmid": {"type": "integer"},
                  "name": {"type": "string", "optional": 1},
                  "mem": {"type": "integer", "optional": 1, "renderer": "bytes"},
                  "uptime": {"type": "integer", "optional": 1, "renderer": "duration"},
                  "started": {"type": "integer", "optional": 1, "renderer": "timestamp"},
                  "running": {"type": "boolean", "optional": 1}}}}"""));
        rows = JSON.createArrayNode();
        for (int i = 0; i < 1000; i++) {
            ObjectNode row = rows.addObject();
            row.put("vmid", 100 + (i * 7919) % 100000);
            row.put("name", "guest-" + i);
            row.put("mem", 536870912L + i * 1048576L);
            row.put("uptime", i * 3671);
            row.put("started", 1700000000 + i * 60);
            row.put("running", i % 3 == 0 ? 0 : 1);
        }
        ascii = TerminalOptions.none();
        utf8 = TerminalOptions.of("UTF-8", OptionalInt.of(200));
    }

    /** Baseline: Jackson's compact serialisation of the rows. */
    @Benchmark
    public String jacksonBaseline() {
        return JSON.writeValueAsString(rows);
    }

    /** The ASCII text table, sorted by vmid. */
    @Benchmark
    public String textAscii() {
        return print(OutputOptions.DEFAULT, ascii);
    }

    /** The UTF-8 text table cut to 200 columns. */
    @Benchmark
    public String textUtf8() {
        return print(OutputOptions.DEFAULT, utf8);
    }

    /** Compact JSON with sorted keys. */
    @Benchmark
    public String json() {
        return print(OutputOptions.DEFAULT.withFormat(OutputFormat.JSON), ascii);
    }

    /** Perl-style pretty JSON. */
    @Benchmark
    public String jsonPretty() {
        return print(OutputOptions.DEFAULT.withFormat(OutputFormat.JSON_PRETTY), ascii);
    }

    /** YAML. */
    @Benchmark
    public String yaml() {
        return print(OutputOptions.DEFAULT.withFormat(OutputFormat.YAML), ascii);
    }

    private String print(OutputOptions options, TerminalOptions terminal) {
        return printer.printApiResult(rows, Optional.of(schema), Optional.empty(), options, terminal);
    }
}
