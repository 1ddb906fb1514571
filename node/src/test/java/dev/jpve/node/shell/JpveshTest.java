package dev.jpve.node.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.cli.CliIo;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JpveshTest {
    @TempDir
    static Path data;

    private static Jpvesh sh;

    /** What one run printed and returned. */
    record Run(int status, String out, String err) {}

    @BeforeAll
    static void setUp() throws Exception {
        sh = JpveshMain.of(data, "n1");
    }

    static Run run(Map<String, String> env, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = sh.run(List.of(args), new CliIo(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static Run run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void lsOfTheRootShowsCapabilitiesAndNamesSortedByName() {
        assertThat(run("ls", "/")).isEqualTo(new Run(0, """
                -----        access
                Dr---        cluster
                Dr---        nodes
                -r---        version
                """, ""));
    }

    @Test
    void lsFollowsTheChildLinksOfNodesAndANode() {
        assertThat(run("ls", "/nodes")).isEqualTo(new Run(0, "Dr---        n1\n", ""));
        assertThat(run("ls", "nodes/n1")).isEqualTo(new Run(0, "Dr-c-        app\n-r---        status\n"
                + "-r---        tasks\n", ""));
    }

    @Test
    void lsOfAPathWithoutChildLinksFails() {
        assertThat(run("ls", "/version")).isEqualTo(new Run(255, "", "resource '/version' does not define child links\n"));
        assertThat(run("ls", "/nope")).isEqualTo(new Run(255, "", "no such resource '/nope'\n"));
    }

    @Test
    void getVersionPrintsJson() {
        assertThat(run("get", "/version", "--output-format", "json"))
                .isEqualTo(new Run(0, "{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}\n", ""));
    }

    @Test
    void getVersionPrintsAKeyValueTableAsText() {
        assertThat(run("get", "/version")).isEqualTo(new Run(0, """
                +---------+-------+
                | key     | value |
                +=========+=======+
                | release | 0.1   |
                +---------+-------+
                | repoid  | jpve  |
                +---------+-------+
                | version | 0.1.0 |
                +---------+-------+
                """, ""));
        assertThat(run("get", "/version", "--noborder", "--noheader")).isEqualTo(new Run(0, """
                release 0.1
                repoid  jpve
                version 0.1.0
                """, ""));
    }

    @Test
    void getNodeStatusReportsTheProcReadings() {
        Run r = run("get", "/nodes/n1/status", "--output-format", "json");
        assertThat(r.status()).isZero();
        JsonNode status = JsonMapper.shared().readTree(r.out());
        assertThat(status.propertyNames()).contains("cpuinfo", "kversion", "loadavg", "memory", "swap", "uptime");
        assertThat(status.path("memory").path("total").asLong()).isPositive();
    }

    @Test
    void aBadParameterIsUpstreamsParameterErrorWithTheUsage() {
        assertThat(run("get", "/nodes/n1/tasks", "--limit", "x")).isEqualTo(new Run(255, "", """
                400 Parameter verification failed.
                limit: type check ('integer') failed - got 'x'
                jpvesh get <api_path> [OPTIONS] [FORMAT_OPTIONS]
                """));
    }

    @Test
    void aPathWithoutAHandlerExitsWithOne() {
        assertThat(run("get", "/nope")).isEqualTo(new Run(1, "", "No 'get' handler defined for '/nope'\n"));
        assertThat(run("set", "/version")).isEqualTo(new Run(1, "", "No 'set' handler defined for '/version'\n"));
    }

    @Test
    void aCallForAnotherNodeIsNotForwarded() {
        assertThat(run("get", "/nodes/n2/status"))
                .isEqualTo(new Run(255, "", "unable to get IP for node 'n2' - node offline?\n"));
        assertThat(run("--noproxy", "get", "/nodes/n2/status"))
                .isEqualTo(new Run(255, "", "proxy loop detected - aborting\n"));
    }

    @Test
    void usagePrintsTheMethodUsageWithThePathBound() {
        assertThat(run("usage", "/nodes/n1/tasks", "--command", "get"))
                .isEqualTo(new Run(0, "USAGE: jpvesh get /nodes/n1/tasks  [OPTIONS]\n", ""));
        assertThat(run("usage", "/nope")).isEqualTo(new Run(255, "", "no such resource '/nope'\n"));
    }

    @Test
    void bashcompleteWalksTheTree() {
        Run r = run(Map.of("COMP_LINE", "jpvesh get /nodes/n1/", "COMP_POINT", "21"),
                "bashcomplete", "jpvesh", "/nodes/n1/", "jpvesh");
        assertThat(r).isEqualTo(new Run(0, "/nodes/n1/app\n/nodes/n1/status\n/nodes/n1/tasks\n", ""));
    }
}
