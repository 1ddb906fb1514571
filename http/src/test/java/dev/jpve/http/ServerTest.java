package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerTest {
    @TempDir
    Path state;

    private Server start(boolean tls) throws Exception {
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(state), realm()).tokens(tokens()).build();
        ApiAdapter adapter = ApiAdapter.builder(ServerMain.demoTree(access), access).failureDelay(Duration.ZERO).build();
        return Server.builder(adapter).host("127.0.0.1").port(0).tls(tls).stateDir(state).maxThreads(8).start();
    }

    private UsersFileRealm realm() {
        return new UsersFileRealm(state.resolve("users"), 1000);
    }

    private ApiTokens tokens() {
        return new ApiTokens(state.resolve("tokens"));
    }

    private X509Certificate certificate() throws Exception {
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(state.resolve("pve-ssl.pem"))));
    }

    private SSLContext trusting(X509Certificate cert) throws Exception {
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setCertificateEntry("jpve", cert);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(ks);
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(null, tmf.getTrustManagers(), null);
        return ctx;
    }

    @Test
    void tlsIsOnByDefaultWithASelfSignedCertificateMadeAtFirstStart() throws Exception {
        realm().setPassword("root@pam", "pw");
        String secret = tokens().create("root@pam!t", 0);
        try (Server server = start(true)) {
            X509Certificate cert = certificate();
            assertThat(cert.getSubjectX500Principal()).isEqualTo(cert.getIssuerX500Principal());
            cert.verify(cert.getPublicKey());
            assertThat(cert.getSubjectAlternativeNames()).extracting(l -> (Object) l.get(1))
                    .contains("localhost", "127.0.0.1");
            Reply r = https(trusting(cert), server.port(), "GET", "/api2/json/version",
                    Map.of("Authorization", "PVEAPIToken=root@pam!t=" + secret), null);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).isEqualTo("{\"data\":{\"version\":\"0.1.0\",\"release\":\"0.1\",\"repoid\":\"jpve\"}}");
        }
        assertThat(Files.getPosixFilePermissions(state.resolve("pve-ssl.key")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
        assertThat(Files.getPosixFilePermissions(state.resolve("authkey.key")).toString()).isEqualTo("[OWNER_READ, OWNER_WRITE]");
    }

    @Test
    void aRestartKeepsCertificateAndTicketKeys() throws Exception {
        realm().setPassword("root@pam", "pw");
        String ticket;
        byte[] firstCert;
        try (Server server = start(true)) {
            assertThat(server.port()).isPositive();
            firstCert = certificate().getEncoded();
            ticket = AuthKeys.loadOrCreate(state).tickets().assemble("PVE", "root@pam", java.time.Instant.now().getEpochSecond());
        }
        try (Server server = start(true)) {
            assertThat(certificate().getEncoded()).isEqualTo(firstCert);
            Reply r = https(trusting(certificate()), server.port(), "GET", "/api2/json/version",
                    Map.of("Cookie", "PVEAuthCookie=" + ticket), null);
            assertThat(r.status()).isEqualTo(200);
        }
    }

    @Test
    void plainHttpKeepsTheConnectionAliveAcrossRequestsAndClosesAfterAnError() throws Exception {
        realm().setPassword("root@pam", "pw");
        String secret = tokens().create("root@pam!t", 0);
        try (Server server = start(false); Socket s = new Socket("127.0.0.1", server.port())) {
            String req = "GET /api2/json/version HTTP/1.1\r\nHost: x\r\nAuthorization: PVEAPIToken=root@pam!t=" + secret
                    + "\r\n\r\n";
            OutputStream out = s.getOutputStream();
            InputStream in = s.getInputStream();
            for (int i = 0; i < 3; i++) {
                out.write(req.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(readResponse(in)).startsWith("HTTP/1.1 200 OK\r\n");
            }
            out.write("GET /api2/json/nothing HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String last = readResponse(in);
            assertThat(last).startsWith("HTTP/1.1 401 No ticket\r\n").contains("\r\nConnection: close\r\n");
            assertThat(in.read()).isEqualTo(-1);
        }
    }

    @Test
    void plainHttpOnTheTlsPortIsRedirectedToHttps() throws Exception {
        try (Server server = start(true); Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("GET /api2/json/version?a=1 HTTP/1.1\r\nHost: pve:8006\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String r = readResponse(s.getInputStream());
            assertThat(r).startsWith("HTTP/1.1 301 Moved Permanently\r\n")
                    .contains("\r\nLocation: https://pve:8006/api2/json/version?a=1\r\n");
        }
        try (Server server = start(true); Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write("POST /api2/json/access/ticket HTTP/1.1\r\nHost: pve:8006\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String r = readResponse(s.getInputStream());
            assertThat(r).startsWith("HTTP/1.1 308 Permanent Redirect\r\n").contains("\r\nConnection: close\r\n");
        }
    }

    @Test
    void loginOverTlsWorksEndToEnd() throws Exception {
        realm().setPassword("alice@pve", "pw");
        try (Server server = start(true)) {
            Reply r = https(trusting(certificate()), server.port(), "POST", "/api2/json/access/ticket",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=alice@pve&password=pw");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).contains("\"username\":\"alice@pve\"", "\"ticket\":\"PVE:alice@pve:");
        }
    }

    record Reply(int status, String body) {}

    private static Reply https(SSLContext ctx, int port, String method, String path, Map<String, String> headers,
            String body) throws Exception {
        HttpsURLConnection c = (HttpsURLConnection) URI.create("https://localhost:" + port + path).toURL().openConnection();
        c.setSSLSocketFactory(ctx.getSocketFactory());
        c.setRequestMethod(method);
        headers.forEach(c::setRequestProperty);
        if (body != null) {
            c.setDoOutput(true);
            c.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
        int status = c.getResponseCode();
        InputStream in = status >= 400 ? c.getErrorStream() : c.getInputStream();
        return new Reply(status, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    /** Reads one response with a Content-Length body. */
    private static String readResponse(InputStream in) throws Exception {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            head.append((char) c);
        }
        var m = java.util.regex.Pattern.compile("(?i)\r\nContent-Length: (\\d+)\r\n").matcher(head);
        int len = m.find() ? Integer.parseInt(m.group(1)) : 0;
        return head + new String(in.readNBytes(len), StandardCharsets.UTF_8);
    }
}
