package dev.jpve.http;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;

/** An API server on Jetty's in-memory connector, with a user, a token and fresh keys. */
final class LocalApi implements AutoCloseable {
    static final String PASSWORD = "s3cret pass";

    final AuthKeys keys = AuthKeys.generate();
    final UsersFileRealm realm;
    final ApiTokens tokens;
    final AccessControl access;
    final Server server;
    final LocalConnector connector;
    final String tokenSecret;

    LocalApi(Path dir) throws Exception {
        this(dir, PermissionChecker.denyAll());
    }

    LocalApi(Path dir, PermissionChecker checker) throws Exception {
        java.nio.file.Files.createDirectories(dir);
        realm = new UsersFileRealm(dir.resolve("users"), 1000);
        realm.setPassword("root@pam", PASSWORD);
        realm.setPassword("alice@pve", PASSWORD);
        tokens = new ApiTokens(dir.resolve("tokens"));
        tokenSecret = tokens.create("alice@pve!ci", 0);
        access = AccessControl.builder(keys, realm).tokens(tokens).permissionChecker(checker)
                .clock(Clock.systemUTC()).build();
        server = new Server();
        connector = new LocalConnector(server, new HttpConnectionFactory(Connectors.httpConfiguration()));
        server.addConnector(connector);
        Connectors.configure(server);
        server.setHandler(ApiAdapter.builder(TestApi.root(access), access).failureDelay(Duration.ZERO).build());
        server.start();
    }

    String ticket(String user) {
        return access.ticket(user);
    }

    String csrf(String user) {
        return access.csrfToken(user);
    }

    /** Sends raw request text, returns the raw response text. */
    String raw(String request) throws Exception {
        return connector.getResponse(request);
    }

    HttpTester.Response send(String request) throws Exception {
        return HttpTester.parseResponse(raw(request));
    }

    /** A request with the root ticket. */
    HttpTester.Response asRoot(String method, String uri, String extraHeaders, String body) throws Exception {
        return send(request(method, uri, "Cookie: PVEAuthCookie=" + ticket("root@pam") + "\r\nCSRFPreventionToken: "
                + csrf("root@pam") + "\r\n" + extraHeaders, body));
    }

    static String request(String method, String uri, String headers, String body) {
        String len = body == null ? "" : "Content-Length: " + body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + "\r\n";
        return method + " " + uri + " HTTP/1.1\r\nHost: localhost\r\n" + headers + len + "\r\n"
                + (body == null ? "" : body);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
