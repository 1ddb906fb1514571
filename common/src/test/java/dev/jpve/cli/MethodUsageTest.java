package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.Formats;
import dev.jpve.schema.Schema;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MethodUsageTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Schema STATUS = schema("""
            {"additionalProperties": 0, "properties": {
              "vmid": {"type": "integer", "format": "pve-vmid", "minimum": 100, "maximum": 999999999,
                       "description": "The (unique) ID of the VM."},
              "mode": {"type": "string", "enum": ["fast", "slow"], "default": "fast", "optional": 1,
                       "description": "Mode"},
              "verbose": {"type": "boolean", "optional": 1, "description": "Verbose output."}}}""");
    private static final Schema SIMPLE = schema("""
            {"additionalProperties": 0, "properties": {
              "str": {"type": "string", "optional": 1, "description": "A string."},
              "num": {"type": "number", "optional": 1, "description": "A number."},
              "arr": {"type": "array", "items": {"type": "number"}, "optional": 1,
                      "description": "An array of numbers."},
              "flag": {"type": "boolean", "optional": 1, "description": "An optional boolean flag."},
              "str2": {"type": "string", "optional": 1, "description": "Another string."}}}""");
    private static final Schema DETAILS = schema("""
            {"properties": {
              "vmid": {"type": "integer", "description": "The ID."},
              "net0": {"type": "string", "optional": 1, "description": "Network device 0."},
              "net1": {"type": "string", "optional": 1},
              "ide": {"type": "string", "optional": 1, "description": "An IDE device."},
              "disk": {"alias": "ide"},
              "password": {"type": "string", "optional": 1, "description": "The password."}}}""");
    private static final Schema DIRECT = schema("""
            {"type-property": "type",
             "type-property-schema": {"type": "string", "enum": ["one", "two"], "description": "The type."},
             "oneOf": [
               {"instance-type": "one", "type": "object", "additionalProperties": 0,
                "properties": {"prop-one": {"type": "string", "enum": ["a", "b"], "optional": 1,
                                            "description": "a or b"}}},
               {"instance-type": "two", "type": "object", "additionalProperties": 0,
                "properties": {"prop-two": {"type": "number", "minimum": 3, "maximum": 100,
                                            "description": "number"}}}]}""");

    private static Schema schema(String json) {
        return Schema.fromJson(JSON.readTree(json));
    }

    private static ApiMethod method(String name, String description, Schema parameters) {
        return ApiMethod.builder(name).description(description).parameters(parameters).code((p, env) -> null).build();
    }

    private static String usage(ApiMethod method, ArgParam argParam, UsageFormat format) {
        return MethodUsage.of("test X", argParam).text(method, format);
    }

    @Test
    void helpOfTheStatusCommandMatchesUpstreamByteForByte() {
        ApiMethod status = method("status", "Show VM status.", STATUS);
        MethodUsage usage = MethodUsage.of("my-tool status", ArgParam.positional("vmid"))
                .withFormatterProperties(StandardOutputOptions.ALL);
        assertThat(usage.text(status, UsageFormat.FULL)).isEqualTo(
                "USAGE: my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n\n  Show VM status.\n\n"
                        + "  <vmid>     <integer> (100 - 999999999)\n\t     The (unique) ID of the VM.\n\n"
                        + "  --mode     <fast | slow>   (default=fast)\n\t     Mode\n\n"
                        + "  --verbose  <boolean>\n\t     Verbose output.\n\n");
        assertThat(usage.text(status, UsageFormat.SHORT))
                .isEqualTo("my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n");
        assertThat(usage.text(status, UsageFormat.LONG)).startsWith(
                "USAGE: my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n  <vmid>     <integer>");
    }

    @Test
    void aCommandWithoutPositionalArgumentsKeepsTheDoubleSpaceAfterThePrefix() {
        ApiMethod list = method("list", "List VMs.", schema("""
                {"properties": {"full": {"type": "boolean", "optional": 1}}}"""));
        assertThat(MethodUsage.of("my-tool list", ArgParam.none()).withFormatterProperties(StandardOutputOptions.ALL)
                .text(list, UsageFormat.SHORT)).isEqualTo("my-tool list  [OPTIONS] [FORMAT_OPTIONS]\n");
        ApiMethod help = method("help", "Get help.", schema("""
                {"properties": {"extra-args": {"type": "array", "items": {"type": "string"}, "optional": 1},
                                "verbose": {"type": "boolean", "optional": 1}}}"""));
        assertThat(MethodUsage.of("my-tool help", ArgParam.positional("extra-args")).text(help, UsageFormat.SHORT))
                .isEqualTo("my-tool help [<extra-args>] [OPTIONS]\n");
        ApiMethod bare = method("bare", "Nothing.", schema("{\"properties\": {}}"));
        assertThat(MethodUsage.of("my-tool bare", ArgParam.none()).text(bare, UsageFormat.LONG))
                .isEqualTo("USAGE: my-tool bare \n");
    }

    @Test
    void longUsageListsOptionsSortedWithTabCompressedIndents() {
        assertThat(usage(method("simple", "Simple.", SIMPLE), ArgParam.none(), UsageFormat.LONG)).isEqualTo("""
                USAGE: test X  [OPTIONS]
                  --arr      <array>
                \t     An array of numbers.

                  --flag     <boolean>
                \t     An optional boolean flag.

                  --num      <number>
                \t     A number.

                  --str      <string>
                \t     A string.

                  --str2     <string>
                \t     Another string.

                """);
    }

    @Test
    void indexedNamesCollapseAliasesShowOneLineAndMappedParametersShowTheMappingType() {
        MethodUsage usage = MethodUsage.of("test X", ArgParam.positional("vmid"))
                .withMapping(Map.of("password", ParamMapping.fileContent("password")))
                .withFormatterProperties(StandardOutputOptions.ALL);
        assertThat(usage.text(method("details", "Details.", DETAILS), UsageFormat.LONG)).isEqualTo("""
                USAGE: test X <vmid> [OPTIONS] [FORMAT_OPTIONS]
                  <vmid>     <integer>
                \t     The ID.

                  --disk     <alias to 'ide'>

                  --ide      <string>
                \t     An IDE device.

                  --net[n]   <string>
                \t     Network device 0.

                  --password <filepath>
                \t     The password.

                """);
    }

    @Test
    void aRequiredMappedPasswordIsNeitherDocumentedNorInTheHeader() {
        Schema schema = schema("""
                {"properties": {"password": {"type": "string", "description": "The password."},
                                "user": {"type": "string", "description": "The user."}}}""");
        MethodUsage usage = MethodUsage.of("test X", ArgParam.none())
                .withMapping(Map.of("password", new ParamMapping("password", "<password>", v -> v, true)));
        assertThat(usage.text(method("passwd", "Set it.", schema), UsageFormat.LONG)).isEqualTo(
                "USAGE: test X --user <string> [OPTIONS]\n"
                        + "  --user     <string>\n\t     The user.\n\n");
    }

    @Test
    void aTypedOneOfListsTheDiscriminatorAndThenConditionalOptionsPerVariant() {
        assertThat(usage(method("direct", "Direct.", DIRECT), ArgParam.none(), UsageFormat.LONG)).isEqualTo("""
                USAGE: test X --type <string> [OPTIONS]
                  --type     <one | two>
                \t     The type.

                 Conditional options:

                 [type=one]

                  --prop-one <a | b>
                \t     a or b

                 [type=two]

                  --prop-two <number> (3 - 100)
                \t     number

                """);
    }

    @Test
    void aOneOfInsideAnAllOfListsRequiredGlobalOptionsOnlyInTheHeader() {
        Schema schema = schema("""
                {"allOf": [
                  {"properties": {"mandatory": {"type": "string"}, "flag": {"type": "boolean", "optional": 1}}},
                  {"type-property": "type", "type-property-schema": {"type": "string", "enum": ["one", "two"]},
                   "oneOf": [
                     {"instance-type": "one", "properties": {
                        "prop-one": {"type": "string", "enum": ["a", "b"], "optional": 1},
                        "flag1": {"type": "boolean"}}},
                     {"instance-type": "two", "properties": {
                        "prop-two": {"type": "number", "minimum": 3, "maximum": 100},
                        "flag2": {"type": "boolean", "optional": 1}}}]}]}""");
        String text = usage(method("m", "M.", schema), ArgParam.none(), UsageFormat.LONG);
        assertThat(text).startsWith("USAGE: test X --mandatory <string> --type <string> [OPTIONS]\n"
                + "  --flag     <boolean>\n\t     no description available\n\n"
                + "  --mandatory <string>\n");
        assertThat(text).containsSubsequence(" [type=one]\n\n  --flag1 ", "  --prop-one ",
                " [type=two]\n\n  --flag2 ", "  --prop-two ");
    }

    @Test
    void nestedOneOfsGiveOneSectionPerCombinationOfDiscriminatorValues() {
        Schema schema = schema("""
                {"type-property": "type", "type-property-schema": {"type": "string", "enum": ["one", "two"]},
                 "oneOf": [
                   {"instance-type": "one", "properties": {"prop-one": {"type": "string", "optional": 1}}},
                   {"instance-type": "two", "properties": {"prop-two": {"type": "integer", "optional": 1}},
                    "type-property": "inner-type",
                    "type-property-schema": {"type": "string", "enum": ["inner1", "inner2"]},
                    "oneOf": [
                      {"instance-type": "inner1", "properties": {"prop-inner": {"type": "string", "optional": 1}}},
                      {"instance-type": "inner2", "properties": {"prop-other": {"type": "string", "optional": 1}}}
                    ]}]}""");
        String text = usage(method("m", "M.", schema), ArgParam.none(), UsageFormat.LONG);
        assertThat(text).containsSubsequence(" [type=one]\n\n  --prop-one ",
                " [type=two]\n\n  --inner-type <inner1 | inner2>\n", "  --prop-two ",
                " [type=two and inner-type=inner1]\n\n  --prop-inner ",
                " [type=two and inner-type=inner2]\n\n  --prop-other ");
    }

    @Test
    void theDiscriminatorIsOptionalWhenTheMethodResolvesTheType() {
        Schema schema = schema("""
                {"properties": {
                   "delete": {"type": "string", "format": "pve-configid-list", "optional": 1, "maxLength": 4096,
                              "description": "A list of settings you want to delete."},
                   "digest": {"type": "string", "optional": 1, "maxLength": 64,
                              "description": "Prevent changes if current configuration file has a different digest. This can be used to prevent concurrent modifications."}},
                 "type-property": "type",
                 "type-property-schema": {"type": "string", "enum": ["one", "two"], "description": "Section Type"},
                 "oneOf": [
                   {"instance-type": "one", "properties": {"common": {"type": "string", "optional": 1},
                                                           "prop-one": {"type": "string", "optional": 1}}},
                   {"instance-type": "two", "properties": {"common": {"type": "string", "optional": 1},
                                                           "prop-two": {"type": "string", "optional": 1}}}]}""");
        ApiMethod update = ApiMethod.builder("update").description("Update.").parameters(schema)
                .resolveType(p -> Optional.of("one")).code((p, env) -> null).build();
        String text = usage(update, ArgParam.none(), UsageFormat.LONG);
        assertThat(text).startsWith("USAGE: test X  [OPTIONS]\n  --delete   <string>\n");
        assertThat(text).containsSubsequence("  --digest   <string>\n"
                + "\t     Prevent changes if current configuration file has a different\n"
                + "\t     digest. This can be used to prevent concurrent modifications.\n\n",
                "  --type     <one | two>\n\t     Section Type\n\n", " Conditional options:\n\n",
                " [type=one]\n\n  --common ", "  --prop-one ", " [type=two]\n\n  --common ", "  --prop-two ");
    }

    @Test
    void theFullFormWrapsALongDescriptionWithTwoSpaces() {
        String description = "This is a long description of a method that certainly does not fit on one line"
                + " of the terminal, so it is wrapped.";
        ApiMethod m = method("m", description, schema("{\"properties\": {}}"));
        assertThat(usage(m, ArgParam.none(), UsageFormat.FULL)).isEqualTo("USAGE: test X \n\n"
                + "  This is a long description of a method that certainly does not fit on one\n"
                + "  line of the terminal, so it is wrapped.\n\n");
    }

    @Test
    void requiresAddsAWrappedParagraph() {
        Schema schema = schema("""
                {"properties": {"a": {"type": "string", "optional": 1, "requires": "b", "description": "A."},
                                "b": {"type": "string", "optional": 1, "description": "B."}}}""");
        assertThat(usage(method("m", "M.", schema), ArgParam.none(), UsageFormat.LONG)).isEqualTo(
                "USAGE: test X  [OPTIONS]\n  --a\t     <string>\n\t     A.\n\n\t     Requires option(s): b\n\n"
                        + "  --b\t     <string>\n\t     B.\n\n");
    }

    @Test
    void fixedParametersAndListArgumentsFollowUpstream() {
        Schema schema = schema("""
                {"properties": {"ids": {"type": "string", "format": "pve-vmid-list", "description": "IDs."},
                                "node": {"type": "string", "description": "Node."},
                                "force": {"type": "boolean", "optional": 1, "default": 0}}}""");
        MethodUsage usage = MethodUsage.of("tool stop", ArgParam.list("ids")).withFixed(Map.of("node", "n1"));
        assertThat(usage.text(method("stop", "Stop.", schema), UsageFormat.LONG)).isEqualTo(
                "USAGE: tool stop {<ids>} [OPTIONS]\n  <ids>      <string>\n\t     IDs.\n\n"
                        + "  --force    <boolean>\t (default=0)\n\t     no description available\n\n");
    }

    @Test
    void asciidocHasAnAnchorBacktickedWordsAndLabelledEntries() {
        ApiMethod status = method("status", "Show VM status.", STATUS);
        MethodUsage usage = MethodUsage.of("my-tool status", ArgParam.positional("vmid"))
                .withFormatterProperties(StandardOutputOptions.ALL);
        assertThat(usage.text(status, UsageFormat.ASCIIDOC)).isEqualTo("""
                [[cli_my-tool_status]]
                *my-tool status* `<vmid>` `[OPTIONS]` `[FORMAT_OPTIONS]`

                Show VM status.

                `<vmid>`: `<integer> (100 - 999999999)` ::

                The (unique) ID of the VM.

                `--mode` `<fast | slow>` ('default =' `fast`)::

                Mode

                `--verbose` `<boolean>` ::

                Verbose output.

                """);
    }

    @Test
    void theStaticFormTakesEveryArgument() {
        assertThat(MethodUsage.usage(method("status", "Show VM status.", STATUS), "my-tool status",
                ArgParam.positional("vmid"), Map.of(), UsageFormat.SHORT, Map.of(), Map.of(), Formats.standard()))
                .isEqualTo("my-tool status <vmid> [OPTIONS]\n");
    }

    @Test
    void outputFormatInTheSchemaHidesTheStandardOptionsAndAddsFormatOptions() {
        Schema schema = schema("""
                {"properties": {"output-format": {"type": "string", "optional": 1},
                                "noborder": {"type": "boolean", "optional": 1},
                                "x": {"type": "string", "optional": 1}}}""");
        assertThat(usage(method("m", "M.", schema), ArgParam.none(), UsageFormat.LONG)).isEqualTo(
                "USAGE: test X  [OPTIONS] [FORMAT_OPTIONS]\n  --x\t     <string>\n\t     no description available\n\n");
    }
}
