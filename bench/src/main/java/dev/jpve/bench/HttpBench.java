package dev.jpve.bench;

import dev.jpve.http.AccessApi;
import dev.jpve.http.AccessControl;
import dev.jpve.http.ApiAdapter;
import dev.jpve.http.ApiTokens;
import dev.jpve.http.AuthKeys;
import dev.jpve.http.UsersFileRealm;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.Schema;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.Callback;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * One in-memory {@code GET /api2/json/version} with an API token through the jpve adapter
 * (authenticate, route, check permission, validate, invoke, format) against a bare Jetty handler
 * that answers the same bytes; both over Jetty's {@code LocalConnector}, so the figures show the
 * adapter's cost without sockets or TLS.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"--enable-native-access=ALL-UNNAMED",
    "-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider", "-Dslf4j.internal.verbosity=ERROR"})
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HttpBench {
    private static final byte[] BODY = "{\"data\":{\"version\":\"9.1.1\",\"release\":\"9.1\"}}".getBytes(StandardCharsets.UTF_8);

    private Server jpve;
    private LocalConnector jpveConnector;
    private Server bare;
    private LocalConnector bareConnector;
    private String request;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Path dir = Files.createTempDirectory("httpbench");
        UsersFileRealm realm = new UsersFileRealm(dir.resolve("users"), 1000);
        realm.setPassword("root@pam", "x");
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        String secret = tokens.create("root@pam!bench", 0);
        AccessControl access = AccessControl.builder(AuthKeys.generate(), realm).tokens(tokens).build();
        ApiAdapter adapter = ApiAdapter.builder(tree(access), access).failureDelay(Duration.ZERO).build();
        jpve = new Server();
        jpveConnector = connector(jpve);
        jpve.setHandler(adapter);
        jpve.start();
        bare = new Server();
        bareConnector = connector(bare);
        bare.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request req, Response resp, Callback callback) {
                resp.setStatus(200);
                resp.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
                resp.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.length);
                resp.write(true, ByteBuffer.wrap(BODY), callback);
                return true;
            }
        });
        bare.start();
        request = "GET /api2/json/version HTTP/1.1\r\nHost: x\r\nAuthorization: PVEAPIToken=root@pam!bench="
                + secret + "\r\n\r\n";
        if (!jpveConnector.getResponse(request).contains(new String(BODY, StandardCharsets.UTF_8))) {
            throw new IllegalStateException("jpve does not answer the version");
        }
    }

    private static LocalConnector connector(Server server) {
        HttpConfiguration c = new HttpConfiguration();
        c.setSendServerVersion(false);
        LocalConnector connector = new LocalConnector(server, new HttpConnectionFactory(c));
        server.addConnector(connector);
        return connector;
    }

    private static ApiHandler tree(AccessControl access) {
        JsonMapper json = JsonMapper.builder().build();
        return ApiHandler.builder("PVE::API2")
                .mount("access", AccessApi.handler(access))
                .register(ApiMethod.builder("version").path("version").get().description("Version.")
                        .permissions(Permissions.anyUser())
                        .parameters(Schema.fromJson(json.readTree("{\"type\":\"object\",\"properties\":{}}")))
                        .returns(Schema.fromJson(json.readTree("{\"type\":\"object\"}")))
                        .code((p, e) -> JsonNodeFactory.instance.objectNode().put("version", "9.1.1").put("release", "9.1"))
                        .build())
                .build();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        jpve.stop();
        bare.stop();
    }

    @Benchmark
    public String adapterGetVersion() throws Exception {
        return jpveConnector.getResponse(request);
    }

    @Benchmark
    public String bareJettyHandler() throws Exception {
        return bareConnector.getResponse(request);
    }
}
