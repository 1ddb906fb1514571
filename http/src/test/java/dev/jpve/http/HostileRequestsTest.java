package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostileRequestsTest {
    static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "HEAD", "OPTIONS", "TRACE", "get", "PATCH"};
    static final String[] SEGMENTS = {"api2", "json", "extjs", "html", "nodes", "n1", "echo", "version", "access",
        "ticket", "..", ".", "%2F", "%2e%2e", "%00", "%ff", "%", "{node}", "a b", ";x=1", "rootonly", "checked",
        "notoken", "world", "whoami", "big", "\u00e9", "~", "*", "api2json", ""};
    static final String[] QUERIES = {"", "?a=1", "?_dc=1", "?n=0", "?n=abc", "?node=x", "?list=1&list=2", "?a",
        "?%zz=1", "?a=%", "?&&&", "?obj=1", "?a=1;b=2", "?" + "x".repeat(3000)};
    static final String[] CONTENT_TYPES = {null, "application/json", "application/x-www-form-urlencoded",
        "text/plain", "multipart/form-data; boundary=x", "application/json;;;", ""};
    static final String[] BODIES = {"", "a=1", "{\"a\":1}", "{", "[1,2]", "null", "a=%ff%fe", "\u0000\u0001",
        "{\"n\":{\"x\":[1,{}]}}", "a=" + "y".repeat(5000), "\"str\""};

    @TempDir
    Path dir;

    @Test
    void tenThousandHostileRequestsGiveNoUnintended5xxAndTheServerKeepsServing() throws Exception {
        try (LocalApi api = new LocalApi(dir)) {
            Random rnd = new Random(20261124L);
            String[] creds = {"", "Cookie: PVEAuthCookie=" + api.ticket("alice@pve") + "\r\n",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\nCSRFPreventionToken: " + api.csrf("root@pam") + "\r\n",
                "Cookie: PVEAuthCookie=PVE:root@pam:00000000::" + "A".repeat(344) + "\r\n",
                "Cookie: PVEAuthCookie=%\r\n", "Authorization: PVEAPIToken=alice@pve!ci=" + api.tokenSecret + "\r\n",
                "Authorization: PVEAPIToken=\r\n", "Authorization: PVEAPIToken=!=!=\r\n",
                "Authorization: PVEAuthCookie=PVE:::::\r\n", "CSRFPreventionToken: 00000000:x\r\n"};
            for (int i = 0; i < 10_000; i++) {
                String req = request(rnd, creds);
                String raw = api.connector.getResponse(req, 10, TimeUnit.SECONDS);
                assertThat(raw).as("answer to %s", req).isNotNull();
                HttpTester.Response r = HttpTester.parseResponse(raw);
                assertThat(r).as("parsable answer to %s", req).isNotNull();
                int status = r.getStatus();
                if (status >= 500) {
                    boolean intended = status == 501 || status == 506
                            || status == 500 && r.getReason().startsWith("no such file '");
                    assertThat(intended).as("%d %s for %s", status, r.getReason(), req).isTrue();
                }
                if (status >= 400 && !req.startsWith("HEAD ")) {
                    assertThat(r.getContent()).as("body of %s", req).startsWith("{\"data\":null");
                }
            }
            assertThat(api.asRoot("GET", "/api2/json/version", "", null).getStatus()).isEqualTo(200);
        }
    }

    private static String request(Random rnd, String[] creds) {
        StringBuilder path = new StringBuilder();
        int n = rnd.nextInt(6);
        if (rnd.nextInt(4) > 0) {
            path.append("/api2/").append(rnd.nextBoolean() ? "json" : "extjs");
        }
        for (int i = 0; i < n; i++) {
            path.append('/').append(pick(rnd, SEGMENTS));
        }
        String uri = (path.isEmpty() ? "/" : path.toString()).replace(" ", "%20") + pick(rnd, QUERIES);
        String method = pick(rnd, METHODS);
        StringBuilder h = new StringBuilder(method).append(' ').append(uri).append(" HTTP/1.1\r\nHost: x\r\n");
        h.append(pick(rnd, creds));
        if (rnd.nextInt(8) == 0) {
            h.append(pick(rnd, creds));
        }
        String ct = pick(rnd, CONTENT_TYPES);
        if (ct != null) {
            h.append("Content-Type: ").append(ct).append("\r\n");
        }
        if (rnd.nextInt(10) == 0) {
            h.append("Accept-Encoding: gzip\r\nConnection: close\r\n");
        }
        String body = rnd.nextInt(3) == 0 ? "" : pick(rnd, BODIES);
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            h.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        h.append("\r\n");
        return h + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String pick(Random rnd, String[] values) {
        return values[rnd.nextInt(values.length)];
    }
}
