package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StringSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliToolTest {
    private static final String SHORT_USAGE = """
            USAGE: my-tool <COMMAND> [ARGS] [OPTIONS]

                   my-tool vm lst  [OPTIONS]
                   my-tool vm show <vmid> [OPTIONS]

                   my-tool list  [OPTIONS] [FORMAT_OPTIONS]
                   my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]

                   my-tool help [<extra-args>] [OPTIONS]
            """;
    private final CliTool tool = MyTool.tool();

    @Test
    void noCommandPrintsTheShortUsageWithAnErrorAndExits255() {
        CliRun run = CliRun.of(tool);
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("ERROR: no command specified\n" + SHORT_USAGE);
    }

    @Test
    void helpWithVerboseOffListsEveryCommandByName() {
        CliRun run = CliRun.of(tool, "help", "--verbose", "0");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("""
                USAGE: my-tool help [<extra-args>] [OPTIONS]
                       my-tool list  [OPTIONS] [FORMAT_OPTIONS]
                       my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]
                       my-tool vm lst  [OPTIONS]
                       my-tool vm show <vmid> [OPTIONS]

                """);
    }

    @Test
    void helpForOneCommandPrintsItsFullUsage() {
        CliRun run = CliRun.of(tool, "help", "status");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("USAGE: my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n\n  Show VM status.\n\n"
                + "  <vmid>     <integer> (100 - 999999999)\n\t     The (unique) ID of the VM.\n\n"
                + "  --mode     <fast | slow>   (default=fast)\n\t     Mode\n\n"
                + "  --verbose  <boolean>\n\t     Verbose output.\n\n\n");
    }

    @Test
    void helpWithoutWordsIsVerboseAboutEveryCommand() {
        CliRun run = CliRun.of(tool, "help");
        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("USAGE: my-tool help [<extra-args>] [OPTIONS]\n\n  Get help about specified command.\n");
        assertThat(run.out()).contains("USAGE: my-tool vm show <vmid> [OPTIONS]\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"status", "sta", "st", "stat"})
    void aCommandRunsByNameUniquePrefixOrAlias(String word) {
        CliRun run = CliRun.of(tool, word, "100", "--mode", "slow");
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"mode\":\"slow\",\"vmid\":\"100\"}\n");
    }

    @Test
    void aNestedCommandRunsWithItsPositionalArgument() {
        CliRun run = CliRun.of(tool, "vm", "sh", "123");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"vmid\":\"123\"}\n");
    }

    @Test
    void anIncompleteCommandShowsTheUsageOfItsGroup() {
        CliRun run = CliRun.of(tool, "vm");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("""
                ERROR: incomplete command 'my-tool vm'
                USAGE: my-tool <COMMAND> [ARGS] [OPTIONS]

                       my-tool vm lst  [OPTIONS]
                       my-tool vm show <vmid> [OPTIONS]
                """);
    }

    @Test
    void anUnknownCommandShowsTheWholeShortUsage() {
        CliRun run = CliRun.of(tool, "bogus", "1");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("ERROR: unknown command 'my-tool bogus'\n" + SHORT_USAGE);
    }

    @Test
    void missingArgumentsFailWithTheCommandsShortUsage() {
        CliRun run = CliRun.of(tool, "status");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("400 not enough arguments\nmy-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n");
    }

    @Test
    void badValuesFailWithTheParameterErrorAndTheShortUsage() {
        CliRun run = CliRun.of(tool, "status", "abc");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("400 Parameter verification failed.\n"
                + "vmid: type check ('integer') failed - got 'abc'\n"
                + "my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n");
    }

    @Test
    void formatterOptionsAreAcceptedButNotPassedToTheMethod() {
        CliRun run = CliRun.of(tool, "status", "100", "--output-format", "json");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("{\"vmid\":\"100\"}\n");
    }

    @Test
    void aFailingMethodPrintsItsMessageWithoutAStackTrace() {
        ApiMethod boom = ApiMethod.builder("boom").description("Fails.")
                .parameters(ObjectSchema.builder().build()).returns(ObjectSchema.builder().build())
                .code((p, e) -> { throw new IllegalStateException("it broke"); }).build();
        CliTool t = CliTool.builder("t", CommandGroup.builder()
                .add("boom", Command.of(ApiHandler.builder("H").register(boom).build(), "boom")).build()).build();
        CliRun run = CliRun.of(t, "boom");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("it broke\n");
        assertThat(CliRun.of(t, Map.of("JPVE_DEBUG", "1"), "boom").err())
                .startsWith("java.lang.IllegalStateException: it broke\n\tat ");
    }

    @Test
    void anAliasToAnAliasIsALoop() {
        CliTool t = CliTool.builder("t", CommandGroup.builder()
                .add("status", Command.of(MyTool.API, "status").withArgs("vmid"))
                .alias("a", "b").alias("b", "status").build()).build();
        assertThat(CliRun.of(t, "b", "100").status()).isZero();
        CliRun run = CliRun.of(t, "a", "100");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).isEqualTo("alias loop detected for 'b'\n");
    }

    @Test
    void aSimpleToolIsItsOneCommand() {
        CliTool simple = CliTool.builder("vmstat", Command.of(MyTool.API, "status").withArgs("vmid")
                .withOutput(MyTool.JSON_PRINTER)).build();
        assertThat(CliRun.of(simple, "100").out()).isEqualTo("{\"vmid\":\"100\"}\n");
        CliRun bad = CliRun.of(simple);
        assertThat(bad.err()).isEqualTo("400 not enough arguments\nstatus <vmid> [OPTIONS]\n");
    }

    @Test
    void anOutputHandlerEndsTheCommandWithItsExitStatusAndNothingMorePrinted() {
        CliTool t = CliTool.builder("vmstat", Command.of(MyTool.API, "status").withArgs("vmid")
                .withOutput((result, returns, params, io) -> {
                    io.out().print("task output\n");
                    throw new CliExit(3);
                })).build();
        CliRun run = CliRun.of(t, "100");
        assertThat(run.status()).isEqualTo(3);
        assertThat(run.out()).isEqualTo("task output\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void parameterMappingsReplaceValuesBeforeTheCall() {
        ApiMethod echo = ApiMethod.builder("echo").description("Echo.")
                .parameters(ObjectSchema.builder().property("file", StringSchema.builder().build()).build())
                .returns(ObjectSchema.builder().build()).code((p, e) -> p).build();
        CliTool t = CliTool.builder("t", CommandGroup.builder()
                        .add("echo", Command.of(ApiHandler.builder("H").register(echo).build(), "echo")
                                .withArgs("file").withOutput(MyTool.JSON_PRINTER)).build())
                .paramMapping(name -> List.of(new ParamMapping("file", "<x>", v -> "mapped " + v, false)))
                .build();
        assertThat(CliRun.of(t, "echo", "a").out()).isEqualTo("{\"file\":\"mapped a\"}\n");
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> outputFormats() {
        return java.util.stream.Stream.of(
                org.junit.jupiter.params.provider.Arguments.of("", "+-------+------+\n| name  | vmid |\n"
                        + "+=======+======+\n| alpha | 100  |\n+-------+------+\n| beta  | 200  |\n+-------+------+\n"),
                org.junit.jupiter.params.provider.Arguments.of("--noborder", "name  vmid\nalpha 100\nbeta  200\n"),
                org.junit.jupiter.params.provider.Arguments.of("--noborder --noheader", "alpha 100\nbeta  200\n"),
                org.junit.jupiter.params.provider.Arguments.of("--output-format json",
                        "[{\"name\":\"alpha\",\"vmid\":100},{\"name\":\"beta\",\"vmid\":200}]\n"),
                org.junit.jupiter.params.provider.Arguments.of("--output-format json-pretty", "[\n   {\n      \"name\" : "
                        + "\"alpha\",\n      \"vmid\" : 100\n   },\n   {\n      \"name\" : \"beta\",\n      \"vmid\" : 200\n"
                        + "   }\n]\n"),
                org.junit.jupiter.params.provider.Arguments.of("--output-format yaml",
                        "---\n- name: alpha\n  vmid: 100\n- name: beta\n  vmid: 200\n"),
                org.junit.jupiter.params.provider.Arguments.of("--quiet", ""));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @org.junit.jupiter.params.provider.MethodSource("outputFormats")
    void everyOutputFormatPrintsTheResult(String options, String expected) {
        List<String> args = new java.util.ArrayList<>(List.of("list"));
        if (!options.isEmpty()) {
            args.addAll(List.of(options.split(" ")));
        }
        CliRun run = CliRun.of(tool, args.toArray(String[]::new));
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(expected);
    }

    @Test
    void aBadOutputFormatIsAParameterError() {
        CliRun run = CliRun.of(tool, "list", "--output-format", "xml");
        assertThat(run.status()).isEqualTo(255);
        assertThat(run.err()).startsWith("400 Parameter verification failed.\noutput-format: value 'xml' does not have a value in the enumeration");
    }

    @Test
    void theAsciidocSynopsisListsEveryCommandAndAlias() {
        String doc = tool.asciidocSynopsis();
        assertThat(doc).startsWith("[[cli_my-tool]]\n*my-tool* `<COMMAND> [ARGS] [OPTIONS]`\n\n");
        assertThat(doc).contains("[[cli_my-tool_st]]\n*my-tool st*\n\nAn alias for 'my-tool status'.\n\n");
        assertThat(doc).contains("[[cli_my-tool_vm_show]]\n*my-tool vm show* `<vmid>` `[OPTIONS]`\n");
        assertThat(doc).endsWith("\n\n");
    }

    @Test
    void aCommandStartingATaskShowsItsLogWhileItRuns(@org.junit.jupiter.api.io.TempDir java.nio.file.Path logs) {
        dev.jpve.task.TaskRunner runner = dev.jpve.task.TaskRunner.create(new dev.jpve.task.TaskLogDirectory(logs),
                "node1", (u, m) -> { });
        ApiMethod start = ApiMethod.builder("start").post().description("Start a VM.")
                .parameters(ObjectSchema.builder().property("vmid", dev.jpve.schema.StandardOptions.PVE_VMID).build())
                .returns(StringSchema.builder().build())
                .code((p, env) -> tools.jackson.databind.node.StringNode.valueOf(env.forkWorker("qmstart",
                        p.get("vmid").asString(), task -> {
                            task.log("starting VM " + p.get("vmid").asString());
                            task.warn("no network");
                        }).encode()))
                .build();
        CliTool t = CliTool.builder("qm", CommandGroup.builder()
                        .add("start", Command.of(ApiHandler.builder("H").register(start).build(), "start").withArgs("vmid"))
                        .build())
                .environment(io -> dev.jpve.rest.TaskEnvironment.cli("root@pam", runner, io.out(), io.err()))
                .build();
        CliRun run = CliRun.of(t, "start", "100");
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("starting VM 100\nWARN: no network\n");
        assertThat(run.err()).isEqualTo("Task finished with 1 warning(s)!\n");
    }

    @Test
    void verifyapiChecksEveryMethodAndPrintsNothing() {
        CliRun run = CliRun.of(tool, "verifyapi");
        assertThat(run.status()).isZero();
        assertThat(run.out() + run.err()).isEmpty();
    }
}
