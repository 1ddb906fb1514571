package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.Schema;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class GetOptionsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String SIMPLE_PROPERTIES = """
            "str": {"type": "string", "optional": 1, "description": "A string."},
            "num": {"type": "number", "optional": 1, "description": "A number."},
            "arr": {"type": "array", "items": {"type": "number"}, "optional": 1},
            "flag": {"type": "boolean", "optional": 1},
            "str2": {"type": "string", "optional": 1}""";
    private static final Schema SIMPLE = schema("{\"additionalProperties\": 0, \"properties\": {"
            + SIMPLE_PROPERTIES + "}}");
    private static final Schema SIMPLE_IN_ALLOF = schema("{\"allOf\": [{\"properties\": {\"str\": "
            + "{\"type\": \"string\", \"optional\": 1}, \"num\": {\"type\": \"number\", \"optional\": 1}}},"
            + "{\"allOf\": [{\"properties\": {\"arr\": {\"type\": \"array\", \"items\": {\"type\": \"number\"},"
            + " \"optional\": 1}, \"flag\": {\"type\": \"boolean\", \"optional\": 1}}}]},"
            + "{\"properties\": {\"str2\": {\"type\": \"string\", \"optional\": 1}}}]}");
    private static final Schema WITH_EXTRA_ARGS = schema("{\"allOf\": [{\"properties\": {" + SIMPLE_PROPERTIES
            + "}}, {\"properties\": {\"extra-args\": {\"type\": \"array\", \"items\": {\"type\": \"string\"},"
            + " \"optional\": 1}}}]}");
    private static final Schema EXTRA = schema("""
            {"properties": {
              "vmid": {"type": "integer", "format": "pve-vmid"},
              "flag": {"type": "boolean", "optional": 1},
              "force": {"type": "boolean", "optional": 1},
              "str": {"type": "string", "optional": 1},
              "arr": {"type": "array", "items": {"type": "string"}, "optional": 1},
              "ids": {"type": "string", "format": "pve-vmid-list", "optional": 1},
              "password": {"type": "string", "optional": 1}}}""");
    private static final Schema DIRECT = schema("""
            {"type-property": "type",
             "type-property-schema": {"type": "string", "enum": ["one", "two"]},
             "oneOf": [
               {"instance-type": "one", "type": "object", "additionalProperties": 0,
                "properties": {"prop-one": {"type": "string", "enum": ["a", "b"], "optional": 1}}},
               {"instance-type": "two", "type": "object", "additionalProperties": 0,
                "properties": {"prop-two": {"type": "number", "minimum": 3, "maximum": 100}}},
               {"instance-type": "three", "type": "object",
                "properties": {"values": {"type": "array", "items": {"type": "string"}, "optional": 1}}},
               {"instance-type": "four", "type": "object",
                "properties": {"values": {"type": "string", "format": "pve-configid", "optional": 1}}}]}""");

    private static Schema schema(String json) {
        return Schema.fromJson(JSON.readTree(json));
    }

    private static String parse(Schema schema, String args, ArgParam argParam) {
        return parse(schema, args, argParam, Map.of(), Map.of());
    }

    private static String parse(Schema schema, String args, ArgParam argParam, Map<String, String> fixed,
            Map<String, UnaryOperator<String>> interactive) {
        List<String> argv = args.isEmpty() ? List.of() : Arrays.asList(args.split(" "));
        try {
            return GetOptions.parse(schema, argv, argParam, fixed, interactive).toString();
        } catch (ApiException e) {
            return "ERR " + e.toText();
        }
    }

    private static ArgParam argParam(String names) {
        return names.isEmpty() ? ArgParam.none() : new ArgParam.Positional(List.of(names.split(",")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "G1  | --flag                      |                 | {\"flag\":1}",
        "G2  | --typoed-flags              |                 | `ERR 400 unable to parse option\n`",
        "G3  | --flag --str hello          |                 | {\"flag\":1,\"str\":\"hello\"}",
        "G4  | 33 --flag --str hello       | num             | {\"flag\":1,\"str\":\"hello\",\"num\":\"33\"}",
        "G5  | --flag                      | num             | {\"flag\":1}",
        "G7  | --33 --flag --num 44        | str             | `ERR 400 unable to parse option\n`",
        "G8  | foo --flag --num 44         | str             | {\"flag\":1,\"num\":\"44\",\"str\":\"foo\"}",
        "G9  | --flag --num 44 foo         | str             | {\"flag\":1,\"num\":\"44\",\"str\":\"foo\"}",
        "G10 | --flag --num 44 -- foo      | str             | {\"flag\":1,\"num\":\"44\",\"str\":\"foo\"}",
        "G11 | --flag --num 44 -- --foo    | str             | {\"flag\":1,\"num\":\"44\",\"str\":\"--foo\"}",
        "G12 | --arr 3                     |                 | {\"arr\":[\"3\"]}",
        "G13 | --arr 3 --arr 4             |                 | {\"arr\":[\"3\",\"4\"]}",
    })
    void parsesUpstreamsSimpleVectorsAlsoThroughAllOf(String id, String args, String names, String expected) {
        assertThat(parse(SIMPLE, args.strip(), argParam(names == null ? "" : names.strip()))).isEqualTo(expected);
        assertThat(parse(SIMPLE_IN_ALLOF, args.strip(), argParam(names == null ? "" : names.strip())))
                .isEqualTo(expected);
    }

    @Test
    void aMandatoryPositionalParameterThatIsMissingIsNotEnoughArguments() {
        Schema mandatoryNum = schema("{\"properties\": {\"num\": {\"type\": \"number\"},"
                + " \"flag\": {\"type\": \"boolean\", \"optional\": 1}}}");
        assertThat(parse(mandatoryNum, "--flag", argParam("num"))).isEqualTo("ERR 400 not enough arguments\n");
    }

    @Test
    void fixedParametersAreSetLastAndAreNoOptions() {
        assertThat(parse(SIMPLE, "--str something", ArgParam.none(), Map.of("str2", "hello"), Map.of()))
                .isEqualTo("{\"str\":\"something\",\"str2\":\"hello\"}");
        assertThat(parse(EXTRA, "100", argParam("vmid"), Map.of("str", "fixed"), Map.of()))
                .isEqualTo("{\"vmid\":\"100\",\"str\":\"fixed\"}");
        assertThat(parse(EXTRA, "100 --str x", argParam("vmid"), Map.of("str", "fixed"), Map.of()))
                .isEqualTo("ERR 400 unable to parse option\n");
    }

    @Test
    void extraArgsSwallowTheRestOrAreTooManyWithoutArgParam() {
        assertThat(parse(WITH_EXTRA_ARGS, "--str foo --flag -- more args", argParam("extra-args")))
                .isEqualTo("{\"str\":\"foo\",\"flag\":1,\"extra-args\":[\"more\",\"args\"]}");
        assertThat(parse(WITH_EXTRA_ARGS, "--str foo --flag -- more args", ArgParam.none()))
                .isEqualTo("ERR 400 too many arguments\n");
        assertThat(parse(WITH_EXTRA_ARGS, "--str foo", argParam("extra-args")))
                .isEqualTo("{\"str\":\"foo\",\"extra-args\":[]}");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "-vmid 100            |      | {\"vmid\":\"100\"}",
        "--vmid=100           |      | {\"vmid\":\"100\"}",
        "--VMID 100           |      | {\"vmid\":\"100\"}",
        "--vm 100             |      | {\"vmid\":\"100\"}",
        "--f                  |      | `ERR 400 unable to parse option\n`",
        "--fl                 |      | {\"flag\":1}",
        "--flag 100           | vmid | `ERR 400 not enough arguments\n`",
        "100 --flag           | vmid | {\"flag\":1,\"vmid\":\"100\"}",
        "--flag=0 100         | vmid | {\"flag\":0,\"vmid\":\"100\"}",
        "--flag 0 100         | vmid | {\"flag\":0,\"vmid\":\"100\"}",
        "--flag off 100       | vmid | {\"flag\":0,\"vmid\":\"100\"}",
        "--str --flag         |      | {\"str\":\"--flag\"}",
        "--str                |      | `ERR 400 unable to parse option\n`",
        "--str=               |      | `ERR 400 unable to parse option\n`",
        "--str a --str b      |      | {\"str\":\"b\"}",
        "--ids 100 --ids 101,102 |   | {\"ids\":\"100,101,102\"}",
        "--arr a              |      | {\"arr\":[\"a\"]}",
        "100 101              | vmid | `ERR 400 too many arguments\n`",
        "100 101              |      | `ERR 400 too many arguments\n`",
        "-5                   | vmid | `ERR 400 unable to parse option\n`",
        "-- -5                | vmid | {\"vmid\":\"-5\"}",
        "--str -5             |      | {\"str\":\"-5\"}",
        "-                    | vmid | {\"vmid\":\"-\"}",
        "``                   | vmid | `ERR 400 not enough arguments\n`",
    })
    void parsesTheExtraVectors(String args, String names, String expected) {
        assertThat(parse(EXTRA, args.strip(), argParam(names == null ? "" : names.strip()))).isEqualTo(expected);
    }

    @Test
    void aBooleanWordThatIsNoBooleanFails() {
        assertThat(parse(EXTRA, "--flag maybe", new ArgParam.Positional(List.of())))
                .isEqualTo("ERR 400 unable to parse boolean option\n");
    }

    @Test
    void aListParameterSwallowsEveryPositionalArgument() {
        assertThat(parse(EXTRA, "100 101 102", ArgParam.list("ids"))).isEqualTo("{\"ids\":\"100,101,102\"}");
        assertThatThrownBy(() -> GetOptions.parse(EXTRA, List.of("x"), ArgParam.list("str"), Map.of(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("list format");
    }

    @Test
    void interactiveParametersAreMappedWhenGiven() {
        Map<String, UnaryOperator<String>> prompt = Map.of("password", v -> "prompted(" + v + ")");
        assertThat(parse(EXTRA, "100 --password", argParam("vmid"), Map.of(), prompt))
                .isEqualTo("{\"password\":\"prompted()\",\"vmid\":\"100\"}");
        assertThat(parse(EXTRA, "100 --password secret", argParam("vmid"), Map.of(), prompt))
                .isEqualTo("{\"password\":\"prompted(secret)\",\"vmid\":\"100\"}");
        assertThat(parse(EXTRA, "100", argParam("vmid"), Map.of(), prompt)).isEqualTo("{\"vmid\":\"100\"}");
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "--type one                      |          | {\"type\":\"one\"}",
        "--type one --prop-one a         |          | {\"type\":\"one\",\"prop-one\":\"a\"}",
        "--type two --prop-invalid a     |          | `ERR 400 unable to parse option\n`",
        "--type one                      | prop-one | {\"type\":\"one\"}",
        "--type one b                    | prop-one | {\"type\":\"one\",\"prop-one\":\"b\"}",
        "--type two                      | prop-two | `ERR 400 not enough arguments\n`",
        "--type two 33                   | prop-two | {\"type\":\"two\",\"prop-two\":\"33\"}",
        "--type three --values foo --values bar | | {\"type\":\"three\",\"values\":[\"foo\",\"bar\"]}",
        "--type four --values foo        |          | {\"type\":\"four\",\"values\":\"foo\"}",
    })
    void typedOneOfVariantsDecideOptionalityAndArrays(String args, String names, String expected) {
        assertThat(parse(DIRECT, args.strip(), argParam(names == null ? "" : names.strip()))).isEqualTo(expected);
    }

    @Test
    void aSchemaThatIsNotObjectLikeTakesNoArguments() {
        Schema scalar = schema("{\"type\": \"string\"}");
        assertThat(parse(scalar, "x", ArgParam.none())).isEqualTo("ERR 400 too many arguments\n");
        assertThat(parse(scalar, "", ArgParam.none())).isEqualTo("{}");
    }
}
