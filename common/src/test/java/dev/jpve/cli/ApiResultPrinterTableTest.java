package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.schema.Schema;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Spec 6.12: the VM list vectors. */
class ApiResultPrinterTableTest {
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final ApiResultPrinter PRINTER = ApiResultPrinter.of(Renderers.standard(ZoneOffset.ofHours(1)));

    static final Schema VM_LIST = Schema.fromJson(json("""
            {"type": "array", "items": {"type": "object", "properties": {
              "vmid": {"type": "integer"},
              "name": {"type": "string", "optional": 1},
              "mem": {"type": "integer", "optional": 1, "renderer": "bytes"},
              "up": {"type": "integer", "optional": 1, "renderer": "duration", "title": "Uptime"},
              "desc": {"type": "string", "optional": 1, "print_width": 8},
              "run": {"type": "boolean", "optional": 1}}}}"""));

    static final JsonNode VMS = json("""
            [{"vmid": 200, "name": "beta", "mem": 2147483648, "up": 3700, "desc": "multi\\nline text here", "run": 1},
             {"vmid": 100, "name": "alpha", "mem": 536870912, "up": 59, "run": 0},
             {"vmid": 1000, "mem": 1024}]""");

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static String print(JsonNode data, Schema schema, OutputOptions options, TerminalOptions terminal) {
        return PRINTER.printApiResult(data, Optional.of(schema), Optional.empty(), options, terminal);
    }

    static String vms(OutputOptions options, TerminalOptions terminal) {
        return print(VMS, VM_LIST, options, terminal);
    }

    @Test
    void printsAnAsciiTableSortedByTheFirstColumnWithRenderersAndMultiLineCells() {
        assertThat(vms(OutputOptions.DEFAULT, TerminalOptions.none())).isEqualTo("""
                +------+----------+------------+-------+-----+-----------+
                | vmid | desc     |        mem | name  | run |    Uptime |
                +======+==========+============+=======+=====+===========+
                |  100 |          | 512.00 MiB | alpha | 0   |       59s |
                +------+----------+------------+-------+-----+-----------+
                |  200 | multi    |   2.00 GiB | beta  | 1   | 1h 1m 40s |
                |      | line tex |            |       |     |           |
                +------+----------+------------+-------+-----+-----------+
                | 1000 |          |   1.00 KiB |       |     |           |
                +------+----------+------------+-------+-----+-----------+
                """);
    }

    @Test
    void drawsUtf8BordersOnAUtf8Terminal() {
        assertThat(vms(OutputOptions.DEFAULT, TerminalOptions.of("UTF-8", OptionalInt.empty()))).isEqualTo("""
                ┌──────┬──────────┬────────────┬───────┬─────┬───────────┐
                │ vmid │ desc     │        mem │ name  │ run │    Uptime │
                ╞══════╪══════════╪════════════╪═══════╪═════╪═══════════╡
                │  100 │          │ 512.00 MiB │ alpha │ 0   │       59s │
                ├──────┼──────────┼────────────┼───────┼─────┼───────────┤
                │  200 │ multi    │   2.00 GiB │ beta  │ 1   │ 1h 1m 40s │
                │      │ line tex │            │       │     │           │
                ├──────┼──────────┼────────────┼───────┼─────┼───────────┤
                │ 1000 │          │   1.00 KiB │       │     │           │
                └──────┴──────────┴────────────┴───────┴─────┴───────────┘
                """);
    }

    @Test
    void padsCellsWithoutBorderButLeavesTheLastColumnUnpadded() {
        assertThat(vms(OutputOptions.DEFAULT.withBorder(false), TerminalOptions.none())).isEqualTo(
                "vmid desc            mem name  run Uptime\n"
                + " 100          512.00 MiB alpha 0   59s\n"
                + " 200 multi      2.00 GiB beta  1   1h 1m 40s\n"
                + "     line tex                      \n"
                + "1000            1.00 KiB           \n");
    }

    @Test
    void leavesOutTheHeaderLineWithNoheader() {
        assertThat(vms(OutputOptions.DEFAULT.withBorder(false).withHeader(false), TerminalOptions.none())).isEqualTo(
                " 100          512.00 MiB alpha 0   59s\n"
                + " 200 multi      2.00 GiB beta  1   1h 1m 40s\n"
                + "     line tex                      \n"
                + "1000            1.00 KiB           \n");
    }

    @Test
    void printsRawValuesWhenNotHumanReadable() {
        assertThat(vms(OutputOptions.DEFAULT.withHumanReadable(false), TerminalOptions.none())).isEqualTo("""
                +------+----------+------------+-------+-----+--------+
                | vmid | desc     |        mem | name  | run | Uptime |
                +======+==========+============+=======+=====+========+
                |  100 |          |  536870912 | alpha | 0   |     59 |
                +------+----------+------------+-------+-----+--------+
                |  200 | multi    | 2147483648 | beta  | 1   |   3700 |
                |      | line tex |            |       |     |        |
                +------+----------+------------+-------+-----+--------+
                | 1000 |          |       1024 |       |     |        |
                +------+----------+------------+-------+-----+--------+
                """);
    }

    @Test
    void cutsEveryLineToTheTerminalWidth() {
        assertThat(vms(OutputOptions.DEFAULT, TerminalOptions.none().withColumns(30))).isEqualTo("""
                +------+----------+-----------
                | vmid | desc     |        mem
                +======+==========+===========
                |  100 |          | 512.00 MiB
                +------+----------+-----------
                |  200 | multi    |   2.00 GiB
                |      | line tex |          \s
                +------+----------+-----------
                | 1000 |          |   1.00 KiB
                +------+----------+-----------
                """);
    }

    @Test
    void printsPlainRowsOfTheGivenColumns() {
        assertThat(PRINTER.printApiResultPlain(VMS, Optional.of(VM_LIST), Optional.of(List.of("vmid", "name")),
                OutputOptions.PLAIN)).isEqualTo(" 100 alpha\n 200 beta\n1000 \n");
    }

    @Test
    void keepsTheInputOrderWithSortKeyZero() {
        OutputOptions o = OutputOptions.PLAIN.withSortKey(SortKey.unsorted());
        assertThat(PRINTER.printApiResultPlain(VMS, Optional.of(VM_LIST), Optional.of(List.of("vmid", "name")), o))
                .isEqualTo(" 200 beta\n 100 alpha\n1000 \n");
    }

    @Test
    void sortsRowsWithAnUndefinedValueFirstByAStringColumn() {
        OutputOptions o = OutputOptions.PLAIN.withSortKey(SortKey.column("name"));
        assertThat(PRINTER.printApiResultPlain(VMS, Optional.of(VM_LIST), Optional.of(List.of("vmid", "name")), o))
                .isEqualTo("1000 \n 100 alpha\n 200 beta\n");
    }

    @Test
    void readsTheSortKeyZeroFromTheParameters() {
        OutputOptions o = OutputOptions.fromParams((tools.jackson.databind.node.ObjectNode) json(
                "{\"sort_key\": 0, \"noborder\": 1, \"noheader\": \"1\"}"));
        assertThat(o).isEqualTo(OutputOptions.PLAIN.withSortKey(SortKey.unsorted()));
    }
}
