package dev.jpve.cli;

import static dev.jpve.cli.ApiResultPrinterTableTest.PRINTER;
import static dev.jpve.cli.ApiResultPrinterTableTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Spec 6.12: scalar lists, objects, JSON, pretty JSON and YAML; the other result shapes. */
class ApiResultPrinterFormatsTest {
    static final Schema OBJECT = Schema.fromJson(json("""
            {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "integer", "optional": 1}}}"""));

    static String print(JsonNode data, Optional<Schema> schema, OutputOptions options) {
        return PRINTER.printApiResult(data, schema, Optional.empty(), options, TerminalOptions.none());
    }

    static String text(String data, String schema) {
        return print(json(data), Optional.of(Schema.fromJson(json(schema))), OutputOptions.DEFAULT);
    }

    static String as(OutputFormat format, String data) {
        return print(json(data), Optional.empty(), OutputOptions.DEFAULT.withFormat(format));
    }

    @Test
    void printsAStringArrayAsASortedSingleColumnTableWithoutHeader() {
        assertThat(text("[\"b\", \"a\", \"c\"]", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}"))
                .isEqualTo("""
                        +-------+
                        | a     |
                        +-------+
                        | b     |
                        +-------+
                        | c     |
                        +-------+
                        """);
    }

    @Test
    void endsTheHeaderSeparatorOfASingleColumnAsciiTableWithoutPlus() {
        String out = PRINTER.printTextTable(json("[{\"a\": \"x\"}]"), Map.of(), List.of("a"), OutputOptions.DEFAULT,
                TerminalOptions.none());
        assertThat(out).isEqualTo("+---+\n| a |\n+===\n| x |\n+---+\n");
    }

    @Test
    void closesTheHeaderSeparatorOfASingleColumnUtf8Table() {
        String out = PRINTER.printTextTable(json("[{\"a\": \"x\"}]"), Map.of(), List.of("a"), OutputOptions.DEFAULT,
                TerminalOptions.of("UTF-8", OptionalInt.empty()));
        assertThat(out).isEqualTo("┌───┐\n│ a │\n╞═══╡\n│ x │\n└───┘\n");
    }

    @Test
    void printsAnObjectAsKeyValueTable() {
        assertThat(print(json("{\"b\": 2, \"a\": \"x\"}"), Optional.of(OBJECT), OutputOptions.DEFAULT)).isEqualTo("""
                +-----+-------+
                | key | value |
                +=====+=======+
                | a   | x     |
                +-----+-------+
                | b   | 2     |
                +-----+-------+
                """);
    }

    @Test
    void printsCompactJsonWithSortedKeys() {
        assertThat(print(json("{\"b\": 2, \"a\": \"x\"}"), Optional.of(OBJECT), OutputOptions.DEFAULT
                .withFormat(OutputFormat.JSON))).isEqualTo("{\"a\":\"x\",\"b\":2}\n");
    }

    @Test
    void printsPrettyJsonLikePerl() {
        assertThat(as(OutputFormat.JSON_PRETTY, "{\"b\": 2, \"a\": [1, \"x\"]}"))
                .isEqualTo("{\n   \"a\" : [\n      1,\n      \"x\"\n   ],\n   \"b\" : 2\n}\n");
    }

    @Test
    void printsEmptyContainersInPrettyJsonOnOneLine() {
        assertThat(as(OutputFormat.JSON_PRETTY, "{\"a\": {}, \"b\": []}"))
                .isEqualTo("{\n   \"a\" : {},\n   \"b\" : []\n}\n");
        assertThat(as(OutputFormat.JSON_PRETTY, "\"x\"")).isEqualTo("\"x\"\n");
    }

    @Test
    void printsNumbersAndEscapesAsPerl() {
        assertThat(as(OutputFormat.JSON, "[1.0, 0.5, 1e20, \"a\\u0001\\n\\\"é/\", true, null]"))
                .isEqualTo("[1,0.5,1e+20,\"a\\u0001\\n\\\"é/\",true,null]\n");
    }

    @Test
    void printsYamlWithSortedKeysAndUnindentedSequences() {
        assertThat(as(OutputFormat.YAML, "{\"b\": 2, \"a\": [1, \"x\"], \"t\": true}"))
                .isEqualTo("---\na:\n- 1\n- x\nb: 2\nt: true\n");
    }

    @Test
    void printsAScalarResultAndANewline() {
        assertThat(text("\"hello\"", "{\"type\": \"string\"}")).isEqualTo("hello\n");
        assertThat(print(json("12.50"), Optional.empty(), OutputOptions.DEFAULT)).isEqualTo("12.5\n");
    }

    @Test
    void printsNothingForNullSchemasQuietOptionsEmptyArraysAndUndefinedOptionalResults() {
        assertThat(text("{\"a\": 1}", "{\"type\": \"null\"}")).isEmpty();
        assertThat(text("[]", "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}")).isEmpty();
        assertThat(text("null", "{\"type\": \"string\", \"optional\": 1}")).isEmpty();
        assertThat(print(json("1"), Optional.empty(), OutputOptions.fromParams(
                (tools.jackson.databind.node.ObjectNode) json("{\"quiet\": 1}")))).isEmpty();
    }

    @Test
    void guessesAnObjectListFromTheDataWithoutSchemaAndSortsUndefinedFirst() {
        assertThat(print(json("[{\"b\": 1, \"a\": \"x\"}, {\"c\": true}]"), Optional.empty(), OutputOptions.PLAIN))
                .isEqualTo("    true\nx 1 \n");
    }

    @Test
    void rejectsAHashForAnArraySchemaUnlessItIsEmpty() {
        String schema = "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}";
        assertThat(text("{}", schema)).isEmpty();
        assertThatThrownBy(() -> text("{\"a\": 1}", schema))
                .hasMessage("got hash object, but result schema specified array!\n");
    }

    @Test
    void printsOnlyObjectLists() {
        assertThatThrownBy(() -> PRINTER.printApiList(json("[1]"), Schema.fromJson(json(
                "{\"type\": \"array\", \"items\": {\"type\": \"string\"}}")), Optional.empty(), OutputOptions.DEFAULT,
                TerminalOptions.none())).hasMessage("can only print object lists\n");
        assertThatThrownBy(() -> PRINTER.printApiList(json("[{}]"), Schema.fromJson(json(
                "{\"type\": \"array\", \"items\": {\"type\": \"object\"}}")), Optional.empty(), OutputOptions.DEFAULT,
                TerminalOptions.none())).hasMessage("unable to detect list properties\n");
    }

    @Test
    void replacesCharactersTheTerminalEncodingLacks() {
        String out = PRINTER.printTextTable(json("[{\"a\": \"é\"}]"), Map.of(), List.of("a"),
                OutputOptions.DEFAULT.withHeader(false), TerminalOptions.of("ANSI_X3.4-1968", OptionalInt.empty()));
        assertThat(out).isEqualTo("+---+\n| ? |\n+---+\n");
    }

    @Test
    void doesNotCutTheHeaderTitleToThePrintWidth() {
        Map<String, Schema> props = Map.of("long", Schema.fromJson(json("{\"type\": \"string\", \"print_width\": 2}")));
        String out = PRINTER.printTextTable(json("[{\"long\": \"abcdef\"}, {\"long\": \"x\"}]"), props,
                List.of("long", "z"), OutputOptions.DEFAULT.withBorder(false), TerminalOptions.none());
        assertThat(out).isEqualTo("long z\nab \nx  \n");
    }
}
