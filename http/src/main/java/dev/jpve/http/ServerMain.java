package dev.jpve.http;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.Schema;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/** The command line of {@link Server#main(String[])}. */
final class ServerMain {
    static final String USAGE = """
            usage: Server [--host ADDR] [--port N] [--state-dir DIR] [--no-tls] [--cert PEM --key PEM]
                          [--failure-delay SECONDS]
                   Server --state-dir DIR --passwd USER@REALM     (reads the password from stdin)
                   Server --state-dir DIR --add-token USER@REALM!ID  (prints the secret)
            """;

    private String host = "0.0.0.0";
    private int port = 8006;
    private Path stateDir = Path.of("jpve-state");
    private boolean tls = true;
    private Path cert;
    private Path key;
    private Duration failureDelay = Duration.ofSeconds(3);
    private String passwdUser;
    private String addToken;

    private ServerMain() {}

    static ServerMain parse(String[] args) {
        ServerMain m = new ServerMain();
        Deque<String> a = new ArrayDeque<>(Arrays.asList(args));
        while (!a.isEmpty()) {
            String opt = a.pop();
            switch (opt) {
                case "--host" -> m.host = value(a, opt);
                case "--port" -> m.port = Integer.parseInt(value(a, opt));
                case "--state-dir" -> m.stateDir = Path.of(value(a, opt));
                case "--no-tls" -> m.tls = false;
                case "--cert" -> m.cert = Path.of(value(a, opt));
                case "--key" -> m.key = Path.of(value(a, opt));
                case "--failure-delay" -> m.failureDelay = Duration.ofMillis((long) (Double.parseDouble(value(a, opt)) * 1000));
                case "--passwd" -> m.passwdUser = value(a, opt);
                case "--add-token" -> m.addToken = value(a, opt);
                default -> throw new IllegalArgumentException("unknown option '" + opt + "'\n" + USAGE);
            }
        }
        if ((m.cert == null) != (m.key == null)) {
            throw new IllegalArgumentException("--cert and --key go together\n" + USAGE);
        }
        return m;
    }

    private static String value(Deque<String> a, String opt) {
        if (a.isEmpty()) {
            throw new IllegalArgumentException("option '" + opt + "' needs a value\n" + USAGE);
        }
        return a.pop();
    }

    /** Runs the command; returns once an administrative command is done, or the server stops. */
    void run(PrintStream out) throws Exception {
        UsersFileRealm realm = new UsersFileRealm(stateDir.resolve("users"));
        ApiTokens tokens = new ApiTokens(stateDir.resolve("tokens"));
        if (passwdUser != null) {
            java.nio.file.Files.createDirectories(stateDir);
            String pw = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            realm.setPassword(passwdUser, pw == null ? "" : pw);
            return;
        }
        if (addToken != null) {
            java.nio.file.Files.createDirectories(stateDir);
            out.println(tokens.create(addToken, 0));
            return;
        }
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(stateDir), realm).tokens(tokens).build();
        ApiAdapter adapter = ApiAdapter.builder(demoTree(access), access).failureDelay(failureDelay).build();
        Server.Builder b = Server.builder(adapter).host(host).port(port).tls(tls).stateDir(stateDir);
        if (cert != null) {
            b.certificate(cert, key);
        }
        try (Server server = b.start()) {
            out.println("jpve API server listening on " + (tls ? "https" : "http") + "://" + host + ":" + server.port()
                    + "/api2/json");
            server.join();
        }
    }

    /** The tree {@code main} serves: {@code /version} and {@code /access/ticket}. */
    static ApiHandler demoTree(AccessControl access) {
        JsonMapper json = JsonMapper.builder().build();
        return ApiHandler.builder("PVE::API2")
                .mount("access", AccessApi.handler(access))
                .register(ApiMethod.builder("version").path("version").get()
                        .description("API version details.")
                        .permissions(Permissions.anyUser())
                        .parameters(Schema.fromJson(json.readTree(
                                "{\"type\":\"object\",\"additionalProperties\":0,\"properties\":{}}")))
                        .returns(Schema.fromJson(json.readTree("{\"type\":\"object\"}")))
                        .code((params, env) -> JsonNodeFactory.instance.objectNode()
                                .put("version", "0.1.0").put("release", "0.1").put("repoid", "jpve"))
                        .build())
                .build();
    }
}
