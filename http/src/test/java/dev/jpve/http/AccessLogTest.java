package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessLogTest {
    @TempDir
    Path state;

    @Test
    void aLineIsApachesCommonFormatWithTheAuthenticatedUser() {
        assertThat(AccessLog.line("10.0.0.5", "root@pam", ZonedDateTime.of(2023, 4, 14, 10, 22, 8, 0, ZoneOffset.ofHours(2)),
                "GET", "/api2/json/nodes/pve/status", "HTTP/1.1", 200, 1058))
                .isEqualTo("10.0.0.5 - root@pam [14/Apr/2023:10:22:08 +0200] \"GET /api2/json/nodes/pve/status HTTP/1.1\""
                        + " 200 1058");
    }

    @Test
    void everyRequestIsLoggedWithItsCallerOrADash() throws Exception {
        Path log = state.resolve("log/access.log");
        ApiTokens tokens = new ApiTokens(state.resolve("tokens"));
        UsersFileRealm realm = new UsersFileRealm(state.resolve("users"), 1000);
        realm.setPassword("root@pam", "pw");
        String secret = tokens.create("root@pam!t", 0);
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(state), realm).tokens(tokens).build();
        ApiAdapter adapter = ApiAdapter.builder(ServerMain.demoTree(access), access).failureDelay(Duration.ZERO).build();
        try (Server server = Server.builder(adapter).host("127.0.0.1").port(0).tls(false).stateDir(state)
                .accessLog(log).maxThreads(8).start(); HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + server.port() + "/api2/json";
            http.send(HttpRequest.newBuilder(URI.create(base + "/version?x=1"))
                    .header("Authorization", "PVEAPIToken=root@pam!t=" + secret).build(), HttpResponse.BodyHandlers.ofString());
            http.send(HttpRequest.newBuilder(URI.create(base + "/version")).build(), HttpResponse.BodyHandlers.ofString());
        }
        List<String> lines = Files.readAllLines(log); // closing the server flushes the writer
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("127\\.0\\.0\\.1 - root@pam!t \\[\\d\\d/[A-Z][a-z]{2}/\\d{4}:\\d\\d:\\d\\d:\\d\\d [+-]\\d{4}\\] "
                + "\"GET /api2/json/version\\?x=1 HTTP/1\\.1\" 400 \\d+"); // x is no parameter of version
        assertThat(lines.get(1)).matches("127\\.0\\.0\\.1 - - \\[.*\\] \"GET /api2/json/version HTTP/1\\.1\" 401 \\d+");
    }
}
