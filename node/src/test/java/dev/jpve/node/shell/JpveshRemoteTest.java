package dev.jpve.node.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.cli.CliIo;
import dev.jpve.http.ApiTokens;
import dev.jpve.node.Node;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpveshRemoteTest {
    @TempDir
    static Path dir;

    private static Node node;
    private static String host;

    @BeforeAll
    static void startNode() throws Exception {
        node = Node.start(new Node.Config(dir.resolve("remote"), "127.0.0.1", 0, true, "r1", Optional.of("secret")),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        host = "https://127.0.0.1:" + node.port();
    }

    @AfterAll
    static void stopNode() throws Exception {
        node.close();
    }

    static JpveshTest.Run run(String password, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("JPVE_DATA", dir.resolve("local").toString(), "JPVE_NODE", "n1",
                "JPVE_PASSWORD", password);
        int status = JpveshMain.run(List.of(args), new CliIo(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), env));
        return new JpveshTest.Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static String[] remote(String... args) {
        List<String> all = new ArrayList<>(List.of("--host", host, "--insecure"));
        all.addAll(List.of(args));
        return all.toArray(String[]::new);
    }

    @Test
    void aPasswordLoginReadsTheRemoteNode() {
        assertThat(run("secret", remote("get", "/version", "--output-format", "json"))).isEqualTo(
                new JpveshTest.Run(0, "{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}\n", ""));
        assertThat(run("secret", remote("ls", "/nodes"))).isEqualTo(new JpveshTest.Run(0, "Dr---        r1\n", ""));
    }

    @Test
    void anApiTokenReadsTheRemoteNode() {
        String secret = new ApiTokens(dir.resolve("remote/auth/tokens")).create("root@pam!ci", 0);
        assertThat(run("", "--host", host, "--insecure", "--token", "root@pam!ci=" + secret, "get", "/version",
                "--output-format", "json")).isEqualTo(
                new JpveshTest.Run(0, "{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}\n", ""));
        // a token without ACLs has no privileges (privilege separation): the node's 403 is printed
        assertThat(run("", "--host", host, "--insecure", "--token", "root@pam!ci=" + secret, "get", "/nodes/r1/status"))
                .isEqualTo(new JpveshTest.Run(255, "", "403 Permission check failed (/nodes/r1, Sys.Audit)\n"));
    }

    @Test
    void aWrongPasswordIsTheNodesAuthenticationFailure() {
        assertThat(run("wrong", remote("get", "/version")))
                .isEqualTo(new JpveshTest.Run(255, "", "401 authentication failure\n"));
    }

    @Test
    void aSelfSignedCertificateIsRefusedUnlessTrustedExplicitly() {
        JpveshTest.Run r = run("secret", "--host", host, "get", "/version");
        assertThat(r.status()).isEqualTo(255);
        assertThat(r.err()).startsWith("unable to reach " + host + "/api2/json: ");
        JpveshTest.Run pinned = run("secret", "--host", host, "--fingerprint", "00:11", "get", "/version");
        assertThat(pinned.err()).contains("certificate fingerprint mismatch");
    }

    @Test
    void theRemoteNodesParameterErrorsPrintAsLocalOnes() {
        assertThat(run("secret", remote("get", "/nodes/r1/tasks", "--source", "x"))).isEqualTo(new JpveshTest.Run(255, "",
                """
                400 Parameter verification failed.
                source: value 'x' does not have a value in the enumeration 'archive, active, all'
                jpvesh get <api_path> [OPTIONS] [FORMAT_OPTIONS]
                """));
    }
}
