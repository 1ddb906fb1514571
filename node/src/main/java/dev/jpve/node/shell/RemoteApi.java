package dev.jpve.node.shell;

import dev.jpve.http.PinnedTrust;
import dev.jpve.rest.HttpMethod;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A node's API over HTTPS ({@code /api2/json}), as jpvesh calls it with {@code --host}: a ticket
 * from {@code /access/ticket} (with the CSRF token for writes) or an API token.
 *
 * {@snippet :
 * RemoteApi api = RemoteApi.connect(URI.create("https://pve1:8006"),
 *         new RemoteApi.Credentials.Token("root@pam!ci=SECRET"), new RemoteApi.Trust.Fingerprint("AB:CD:..."));
 * JsonNode version = api.call(HttpMethod.GET, "/version", JsonNodeFactory.instance.objectNode());
 * }
 */
public final class RemoteApi {
    private static final JsonMapper JSON = JsonMapper.shared();
    /** How often a followed task's status and log are asked for. */
    private static final Duration TASK_POLL = Duration.ofMillis(200);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> readHeaders;
    private final Map<String, String> writeHeaders;

    /** How jpvesh logs in. */
    public sealed interface Credentials {
        /**
         * A user and password: a ticket is requested first.
         *
         * @param user such as {@code root@pam}
         * @param password the password
         */
        record Password(String user, String password) implements Credentials {}

        /**
         * An API token.
         *
         * @param token {@code user@realm!tokenid=secret}
         */
        record Token(String token) implements Credentials {}
    }

    /** Which server certificates are accepted. */
    public sealed interface Trust {
        /** The JDK's trusted authorities, with host name verification. */
        record System() implements Trust {}

        /** Any certificate ({@code --insecure}). */
        record Insecure() implements Trust {}

        /**
         * Only a server certificate with this SHA-256 fingerprint.
         *
         * @param sha256 hex digits, colons and case ignored
         */
        record Fingerprint(String sha256) implements Trust {}
    }

    private RemoteApi(HttpClient http, URI base, Map<String, String> readHeaders, Map<String, String> writeHeaders) {
        this.http = http;
        this.base = base;
        this.readHeaders = readHeaders;
        this.writeHeaders = writeHeaders;
    }

    /**
     * Connects to a node and logs in.
     *
     * @param host {@code https://host:port}; a bare host name gets {@code https://} and port 8006
     * @throws ApiException what the login answered, such as {@code 401 authentication failure}
     * @throws IllegalStateException when the node cannot be reached
     */
    public static RemoteApi connect(String host, Credentials credentials, Trust trust) {
        Objects.requireNonNull(credentials, "credentials");
        URI base = URI.create(baseUrl(host));
        HttpClient http = client(trust);
        return switch (credentials) {
            case Credentials.Token t -> {
                Map<String, String> h = Map.of("Authorization", "PVEAPIToken=" + t.token());
                yield new RemoteApi(http, base, h, h);
            }
            case Credentials.Password p -> login(http, base, p);
        };
    }

    static String baseUrl(String host) {
        String h = host.contains("://") ? host : "https://" + host + (host.matches(".*:\\d+$") ? "" : ":8006");
        h = h.replaceFirst("/+$", "");
        return h.endsWith("/api2/json") ? h : h + "/api2/json";
    }

    private static HttpClient client(Trust trust) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10));
        if (!(trust instanceof Trust.System)) {
            b.sslContext(PinnedTrust.sslContext(trust instanceof Trust.Fingerprint(String sha256) ? Optional.of(sha256)
                    : Optional.empty()));
        }
        return b.build();
    }

    private static RemoteApi login(HttpClient http, URI base, Credentials.Password p) {
        RemoteApi anonymous = new RemoteApi(http, base, Map.of(), Map.of());
        ObjectNode params = JSON.createObjectNode().put("username", p.user()).put("password", p.password());
        JsonNode data = anonymous.call(HttpMethod.POST, "/access/ticket", params);
        String cookie = "PVEAuthCookie=" + URLEncoder.encode(data.path("ticket").asString(""), StandardCharsets.UTF_8);
        Map<String, String> write = new LinkedHashMap<>();
        write.put("Cookie", cookie);
        write.put("CSRFPreventionToken", data.path("CSRFPreventionToken").asString(""));
        return new RemoteApi(http, base, Map.of("Cookie", cookie), write);
    }

    /**
     * Calls a method: parameters in the query for GET and DELETE, as a form for POST and PUT.
     *
     * @return the {@code data} of the answer
     * @throws ApiException the node's error: its code, message and per-parameter errors
     */
    public JsonNode call(HttpMethod method, String path, ObjectNode params) {
        String form = form(params);
        boolean body = method == HttpMethod.POST || method == HttpMethod.PUT;
        String p = path.startsWith("/") ? path : "/" + path;
        URI uri = URI.create(base + p + (!body && !form.isEmpty() ? "?" + form : ""));
        HttpRequest.Builder req = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(5));
        (method == HttpMethod.GET ? readHeaders : writeHeaders).forEach(req::header);
        if (body) {
            req.header("Content-Type", "application/x-www-form-urlencoded");
        }
        req.method(method.name(), body ? HttpRequest.BodyPublishers.ofString(form)
                : HttpRequest.BodyPublishers.noBody());
        HttpResponse<String> res;
        try {
            res = http.send(req.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("unable to reach " + base + ": " + e.getMessage() + "\n", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted\n", e);
        }
        return answer(res);
    }

    /**
     * Follows a task on the remote node until it ends, as a local task runs in the foreground:
     * its log lines are printed as they come, the closing {@code TASK OK} line left out and a
     * {@code TASK ERROR: } line printed as the error on {@code err}.
     *
     * @return the task's exit status ({@code OK}, or the error)
     */
    public String followTask(dev.jpve.task.Upid upid, java.io.PrintStream out, java.io.PrintStream err) {
        String base = "/nodes/" + upid.node() + "/tasks/" + URLEncoder.encode(upid.encode(), StandardCharsets.UTF_8);
        int printed = 0;
        while (true) {
            boolean stopped = call(HttpMethod.GET, base + "/status", JSON.createObjectNode()).path("status").asString("")
                    .equals("stopped");
            JsonNode lines = call(HttpMethod.GET, base + "/log", JSON.createObjectNode().put("start", printed)
                    .put("limit", 10_000));
            for (JsonNode line : lines) {
                String text = line.path("t").asString("");
                if (text.equals("no content")) {
                    continue; // the answer for a log with no lines yet, numbered 1 all the same
                }
                printed = Math.max(printed, line.path("n").asInt(printed));
                if (stopped && text.equals("TASK OK")) {
                    continue;
                } else if (stopped && text.startsWith("TASK ERROR: ")) {
                    err.println(text.substring("TASK ERROR: ".length()));
                } else {
                    out.println(text);
                }
            }
            if (stopped) {
                return call(HttpMethod.GET, base + "/status", JSON.createObjectNode()).path("exitstatus").asString("");
            }
            try {
                Thread.sleep(TASK_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while following task " + upid.encode() + "\n", e);
            }
        }
    }

    private static JsonNode answer(HttpResponse<String> res) {
        JsonNode body = res.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(res.body());
        if (res.statusCode() == 200) {
            return body.path("data");
        }
        String msg = body.path("message").asString("");
        if (msg.isEmpty()) {
            msg = res.statusCode() == 401 ? "authentication failure" : "request failed";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        body.path("errors").properties().forEach(e -> errors.put(e.getKey(), PerlScalar.text(e.getValue()).strip()));
        throw ApiException.of(res.statusCode(), msg, errors);
    }

    private static String form(ObjectNode params) {
        StringBuilder sb = new StringBuilder();
        params.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isArray()) {
                v.forEach(x -> pair(sb, e.getKey(), x));
            } else if (!PerlScalar.isUndefined(v)) {
                pair(sb, e.getKey(), v);
            }
        });
        return sb.toString();
    }

    private static void pair(StringBuilder sb, String key, JsonNode value) {
        sb.append(sb.isEmpty() ? "" : "&").append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(PerlScalar.text(value), StandardCharsets.UTF_8));
    }
}
