package dev.jpve.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** {@code my-tool} run as a real process, as a user runs it. */
class MyToolProcessTest {

    record Exit(int status, String out, String err) {}

    static Exit run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                MyTool.class.getName()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().putAll(env);
        Process p = pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        String out = read(p.getInputStream());
        return new Exit(p.waitFor(), out, err.join());
    }

    private static String read(java.io.InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void runsACommandWithAPositionalArgumentThroughAnAlias() throws Exception {
        Exit e = run(Map.of(), "st", "100", "--verbose");
        assertThat(e.err()).isEmpty();
        assertThat(e.status()).isZero();
        assertThat(e.out()).isEqualTo("{\"verbose\":1,\"vmid\":\"100\"}\n");
    }

    @Test
    void badInputExits255WithUpstreamsMessageAndNoStackTrace() throws Exception {
        Exit e = run(Map.of(), "status", "100", "--mode", "medium");
        assertThat(e.status()).isEqualTo(255);
        assertThat(e.out()).isEmpty();
        assertThat(e.err()).isEqualTo("400 Parameter verification failed.\n"
                + "mode: value 'medium' does not have a value in the enumeration 'fast, slow'\n"
                + "my-tool status <vmid> [OPTIONS] [FORMAT_OPTIONS]\n");
        Exit none = run(Map.of());
        assertThat(none.status()).isEqualTo(255);
        assertThat(none.err()).startsWith("ERROR: no command specified\nUSAGE: my-tool <COMMAND> [ARGS] [OPTIONS]\n");
    }

    @Test
    void answersCompletionRequestsFromTheEnvironment() throws Exception {
        String line = "my-tool status ";
        Exit e = run(Map.of("COMP_LINE", line, "COMP_POINT", Integer.toString(line.length())),
                "bashcomplete", "my-tool", "", "status");
        assertThat(e.status()).isZero();
        assertThat(e.out()).isEqualTo("100\n101\n200\n");
    }

    @Test
    void printsResultsInTheRequestedFormat() throws Exception {
        Exit json = run(Map.of(), "list", "--output-format", "json");
        assertThat(json.status()).isZero();
        assertThat(json.out()).isEqualTo("[{\"name\":\"alpha\",\"vmid\":100},{\"name\":\"beta\",\"vmid\":200}]\n");
        Exit text = run(Map.of("LANG", "C.UTF-8"), "list", "--noheader", "1");
        assertThat(text.out()).isEqualTo("┌───────┬──────┐\n│ alpha │ 100  │\n├───────┼──────┤\n│ beta  │ 200  │\n"
                + "└───────┴──────┘\n");
    }

    @Test
    void printsHelp() throws Exception {
        Exit e = run(Map.of(), "help", "--verbose", "0");
        assertThat(e.status()).isZero();
        assertThat(e.out()).startsWith("USAGE: my-tool help [<extra-args>] [OPTIONS]\n       my-tool list  [OPTIONS]");
    }
}
