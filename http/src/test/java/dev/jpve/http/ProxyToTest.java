package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.Permissions;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.StandardOptions;
import dev.jpve.schema.StringSchema;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.JsonNodeFactory;

/** proxyto: two nodes on loopback; a call for the other node is answered by it. */
class ProxyToTest {
    @TempDir
    Path shared;
    @TempDir
    Path stateA;
    @TempDir
    Path stateB;

    private final Map<String, ClusterNodes.Address> peers = new ConcurrentHashMap<>();
    private Server a;
    private Server b;
    private String token;
    private HttpClient http;

    /** {@code GET|POST /nodes/{node}/where}: which node answered, with the posted {@code note}. */
    private static ApiHandler tree(String served) {
        ObjectSchema params = ObjectSchema.builder().property("node", StandardOptions.PVE_NODE)
                .property("note", StringSchema.builder().optional(true).build()).build();
        ApiHandler nodes = ApiHandler.builder("Test::Nodes")
                .register(ApiMethod.builder("where").path("{node}/where").get().description("Who answers.")
                        .permissions(Permissions.anyUser()).proxyTo("node").parameters(params)
                        .returns(StringSchema.builder().build())
                        .code((p, env) -> JsonNodeFactory.instance.stringNode(served)).build())
                .register(ApiMethod.builder("note").path("{node}/where").post().description("Take a note.")
                        .permissions(Permissions.anyUser()).proxyTo("node").parameters(params)
                        .returns(StringSchema.builder().build())
                        .code((p, env) -> JsonNodeFactory.instance.stringNode(served + ": " + p.path("note").asString("")))
                        .build())
                .build();
        return ApiHandler.builder("Test").mount("nodes", nodes).build();
    }

    private Server start(String name, Path state) throws Exception {
        // a cluster shares its ticket keys and tokens; each node has its own certificate
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(shared),
                new UsersFileRealm(shared.resolve("users"), 1000)).tokens(new ApiTokens(shared.resolve("tokens"))).build();
        ApiAdapter adapter = ApiAdapter.builder(tree(name), access).failureDelay(Duration.ZERO)
                .cluster(name, node -> Optional.ofNullable(peers.get(node))).build();
        return Server.builder(adapter).host("127.0.0.1").port(0).stateDir(state).maxThreads(8).start();
    }

    private static String fingerprint(Path state) throws Exception {
        X509Certificate cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(state.resolve("pve-ssl.pem"))));
        return PinnedTrust.fingerprint(cert);
    }

    @BeforeEach
    void startTwoNodes() throws Exception {
        new UsersFileRealm(shared.resolve("users"), 1000).setPassword("root@pam", "pw");
        token = "PVEAPIToken=root@pam!t=" + new ApiTokens(shared.resolve("tokens")).create("root@pam!t", 0);
        a = start("a", stateA);
        b = start("b", stateB);
        peers.put("a", new ClusterNodes.Address("127.0.0.1", a.port(), Optional.of(fingerprint(stateA))));
        peers.put("b", new ClusterNodes.Address("127.0.0.1", b.port(), Optional.of(fingerprint(stateB))));
        http = HttpClient.newBuilder().sslContext(PinnedTrust.sslContext(Optional.empty())).build();
    }

    @AfterEach
    void stop() throws Exception {
        http.close();
        a.close();
        b.close();
    }

    private HttpResponse<String> call(String method, String path, String form, String... headers) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + a.port() + "/api2/json" + path))
                .header("Authorization", token)
                .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
        if (form != null) {
            r.header("Content-Type", "application/x-www-form-urlencoded");
        }
        for (int i = 0; i < headers.length; i += 2) {
            r.header(headers[i], headers[i + 1]);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aCallForTheOtherNodeIsAnsweredByIt() throws Exception {
        assertThat(call("GET", "/nodes/b/where", null).body()).isEqualTo("{\"data\":\"b\"}");
        assertThat(call("POST", "/nodes/b/where", "note=hello+there").body()).isEqualTo("{\"data\":\"b: hello there\"}");
        assertThat(call("GET", "/nodes/b/where?note=q", null).body()).isEqualTo("{\"data\":\"b\"}");
    }

    @Test
    void callsForThisNodeOrLocalhostAreAnsweredHere() throws Exception {
        assertThat(call("GET", "/nodes/a/where", null).body()).isEqualTo("{\"data\":\"a\"}");
        assertThat(call("GET", "/nodes/localhost/where", null).body()).isEqualTo("{\"data\":\"a\"}");
    }

    @Test
    void anUnknownNodeAndAForwardedCallThatWouldBeForwardedAgainFail() throws Exception {
        HttpResponse<String> unknown = call("GET", "/nodes/c/where", null);
        assertThat(unknown.statusCode()).isEqualTo(500);
        assertThat(unknown.body()).isEqualTo("{\"data\":null,\"message\":\"unable to get IP for node 'c' - node offline?\\n\"}");

        HttpResponse<String> loop = call("GET", "/nodes/b/where", null, "PVEDisableProxy", "true");
        assertThat(loop.statusCode()).isEqualTo(500);
        assertThat(loop.body()).isEqualTo("{\"data\":null,\"message\":\"proxy loop detected\\n\"}");
    }

    @Test
    void aNodeWhoseCertificateIsNotThePinnedOneIsNotTalkedTo() throws Exception {
        peers.put("b", new ClusterNodes.Address("127.0.0.1", b.port(), Optional.of("00:11:22")));
        assertThat(call("GET", "/nodes/b/where", null).statusCode()).isEqualTo(596);
    }

    @Test
    void aCallerIsAuthenticatedBeforeAnythingIsForwarded() throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create("https://127.0.0.1:" + a.port() + "/api2/json/nodes/b/where"))
                .header("Authorization", "PVEAPIToken=root@pam!t=wrong").build();
        assertThat(http.send(r, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
    }
}
