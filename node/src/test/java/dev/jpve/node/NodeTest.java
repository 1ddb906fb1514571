package dev.jpve.node;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NodeTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    @TempDir
    Path data;

    private Node start(Optional<String> password, PrintStream out) throws Exception {
        return Node.start(new Node.Config(data, "127.0.0.1", 0, false, "node1", password), out);
    }

    private static String form(String... kv) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < kv.length; i += 2) {
            sb.append(sb.isEmpty() ? "" : "&").append(kv[i]).append('=')
                    .append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return sb.toString();
    }

    @Test
    void anAdministratorLogsInAndReadsTheNodesStatusAndTasks() throws Exception {
        try (Node node = start(Optional.of("secret"), new PrintStream(new ByteArrayOutputStream()));
                HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + node.port() + "/api2/json";
            String ticket = login(http, base);

            JsonNode status = get(http, base + "/nodes/node1/status", ticket);
            assertThat(status.get("data").get("memory").get("total").asLong()).isPositive();
            assertThat(status.get("data").get("cpuinfo").get("cpus").asInt()).isPositive();
            assertThat(get(http, base + "/nodes", ticket).get("data").get(0).get("node").asString()).isEqualTo("node1");
            assertThat(get(http, base + "/version", ticket).get("data").get("version").asString())
                    .isEqualTo(NodeApi.VERSION);
            assertThat(get(http, base + "/access/roles", ticket).get("data").toString())
                    .contains("{\"roleid\":\"NoAccess\",\"privs\":\"\",\"special\":1}");
            assertThat(get(http, base + "/access/users", ticket).get("data").get(0).get("userid").asString())
                    .isEqualTo("root@pam");

            var task = node.tasks().start("test", "", "root@pam", t -> t.log("hello"));
            task.completion().join();
            JsonNode log = get(http, base + "/nodes/node1/tasks/" + task.upid().encode() + "/log", ticket);
            assertThat(log.get("data").toString()).isEqualTo("[{\"n\":1,\"t\":\"hello\"},{\"n\":2,\"t\":\"TASK OK\"}]");
            assertThat(log.get("total").asInt()).isEqualTo(2);
            JsonNode tasks = get(http, base + "/nodes/node1/tasks?source=all", ticket);
            assertThat(tasks.get("total").asInt()).isEqualTo(1);
            assertThat(tasks.get("data").get(0).get("status").asString()).isEqualTo("OK");

            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(URI.create(base + "/nodes/node1/status"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
        }
    }

    @Test
    void theNodeServesTheAppApiWithUpstreamsParameterErrors() throws Exception {
        try (Node node = start(Optional.of("secret"), new PrintStream(new ByteArrayOutputStream()));
                HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + node.port() + "/api2/json";
            JsonNode login = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/access/ticket"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("username", "root@pam", "password", "secret"))).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).get("data");
            String ticket = login.get("ticket").asString();

            assertThat(get(http, base + "/nodes/node1", ticket).get("data").toString()).contains("{\"name\":\"app\"}");
            assertThat(get(http, base + "/nodes/node1/app", ticket).get("data").toString()).isEqualTo("[]");
            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(base + "/nodes/node1/app"))
                    .header("Cookie", "PVEAuthCookie=" + ticket)
                    .header("CSRFPreventionToken", login.get("CSRFPreventionToken").asString())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form("vmid", "5", "memory", "lots"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).get("errors").properties()).extracting(java.util.Map.Entry::getKey)
                    .containsExactlyInAnyOrder("vmid", "memory");
        }
    }

    /** Logs in as root@pam: the answer's data (ticket, CSRF token, ...). */
    private static JsonNode session(HttpClient http, String base) throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base + "/access/ticket"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "root@pam", "password", "secret"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        return JSON.readTree(login.body()).get("data");
    }

    private static String login(HttpClient http, String base) throws Exception {
        return session(http, base).get("ticket").asString();
    }

    @Test
    void aProgramAddsItsOwnMethodsBesideTheNodesAndClusterResourcesListEverything() throws Exception {
        ApiMethod hello = ApiMethod.builder("hello").path("").get().description("Say hello.")
                .permissions(dev.jpve.rest.Permissions.anyUser())
                .parameters(dev.jpve.schema.ObjectSchema.builder()
                        .property("node", dev.jpve.schema.StandardOptions.PVE_NODE).build())
                .returns(dev.jpve.schema.StringSchema.builder().build())
                .code((params, env) -> tools.jackson.databind.node.StringNode.valueOf("hello from "
                        + params.get("node").asString()))
                .build();
        try (Node node = Node.start(new Node.Config(data, "127.0.0.1", 0, false, "node1", Optional.of("secret")),
                new PrintStream(new ByteArrayOutputStream()),
                d -> java.util.Map.of("hello", ApiHandler.builder("My::API2::Hello").register(hello).build()));
                HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + node.port() + "/api2/json";
            String ticket = login(http, base);
            assertThat(get(http, base + "/nodes/node1/hello", ticket).get("data").asString()).isEqualTo("hello from node1");
            assertThat(get(http, base + "/nodes/node1", ticket).get("data").toString())
                    .isEqualTo("[{\"name\":\"app\"},{\"name\":\"hello\"},{\"name\":\"status\"},{\"name\":\"tasks\"}]");

            JsonNode resources = get(http, base + "/cluster/resources", ticket).get("data");
            assertThat(resources.findValuesAsString("id")).containsExactly("node/node1", "storage/node1/local");
            assertThat(get(http, base + "/cluster/resources?type=node", ticket).get("data").get(0).get("status")
                    .asString()).isEqualTo("online");
            assertThat(get(http, base + "/cluster/resources?type=vm", ticket).get("data")).isEmpty();
        }
    }

    private static HttpResponse<String> send(HttpClient http, String method, String url, String auth, String csrf,
            String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (auth.startsWith("PVEAPIToken=")) {
            b.header("Authorization", auth);
        } else {
            b.header("Cookie", "PVEAuthCookie=" + auth).header("CSRFPreventionToken", csrf);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void apiTokensAreMadeUsedChangedAndRemovedThroughTheApi() throws Exception {
        try (Node node = start(Optional.of("secret"), new PrintStream(new ByteArrayOutputStream()));
                HttpClient http = HttpClient.newHttpClient()) {
            String base = "http://127.0.0.1:" + node.port() + "/api2/json";
            JsonNode session = session(http, base);
            String ticket = session.get("ticket").asString();
            String csrf = session.get("CSRFPreventionToken").asString();
            String tokens = base + "/access/users/root@pam/token";

            JsonNode made = JSON.readTree(send(http, "POST", tokens + "/ci", ticket, csrf,
                    form("comment", "first", "privsep", "0")).body()).get("data");
            assertThat(made.get("full-tokenid").asString()).isEqualTo("root@pam!ci");
            assertThat(made.get("info").toString()).isEqualTo("{\"expire\":0,\"privsep\":0,\"comment\":\"first\"}");
            String ci = "PVEAPIToken=root@pam!ci=" + made.get("value").asString();
            assertThat(made.get("value").asString()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
            assertThat(send(http, "GET", base + "/nodes/node1/status", ci, null, null).statusCode()).isEqualTo(200);

            HttpResponse<String> again = send(http, "POST", tokens + "/ci", ticket, csrf, "");
            assertThat(again.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(again.body()).get("message").asString())
                    .isEqualTo("generating token failed: Token already exists.\n");
            assertThat(JSON.readTree(send(http, "PUT", tokens + "/ci", ticket, csrf, form("comment", "second"))
                    .body()).get("data").toString()).isEqualTo("{\"expire\":0,\"privsep\":0,\"comment\":\"second\"}");
            assertThat(get(http, tokens, ticket).get("data").toString())
                    .isEqualTo("[{\"expire\":0,\"privsep\":0,\"comment\":\"second\",\"tokenid\":\"ci\"}]");

            // a privilege-separated token has no rights of its own: it cannot make tokens
            HttpResponse<String> sepMade = send(http, "POST", tokens + "/sep", ticket, csrf, "");
            String sep = "PVEAPIToken=root@pam!sep=" + JSON.readTree(sepMade.body()).get("data").get("value").asString();
            assertThat(send(http, "POST", tokens + "/x", sep, null, "").statusCode()).isEqualTo(403);

            assertThat(send(http, "DELETE", tokens + "/ci", ticket, csrf, null).statusCode()).isEqualTo(200);
            assertThat(send(http, "GET", base + "/nodes/node1/status", ci, null, null).statusCode()).isEqualTo(401);
            HttpResponse<String> gone = send(http, "GET", tokens + "/ci", ticket, csrf, null);
            assertThat(JSON.readTree(gone.body()).get("message").asString())
                    .isEqualTo("no such token 'ci' for user 'root@pam'\n");
        }
    }

    private static JsonNode get(HttpClient http, String url, String ticket) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Cookie", "PVEAuthCookie=" + ticket).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theFirstStartCreatesTheAdministratorOnceWithARandomPassword() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        try (Node node = start(Optional.empty(), new PrintStream(first, true, StandardCharsets.UTF_8))) {
            assertThat(first.toString(StandardCharsets.UTF_8)).containsPattern("created root@pam with password: \\S{16}  ");
        }
        ByteArrayOutputStream second = new ByteArrayOutputStream();
        try (Node node = start(Optional.empty(), new PrintStream(second, true, StandardCharsets.UTF_8))) {
            assertThat(second.toString(StandardCharsets.UTF_8)).doesNotContain("created").contains("listening on http://");
        }
    }
}
