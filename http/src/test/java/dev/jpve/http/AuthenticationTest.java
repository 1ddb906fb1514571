package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthenticationTest {
    static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";

    @TempDir
    Path dir;
    LocalApi api;

    @BeforeEach
    void start() throws Exception {
        api = new LocalApi(dir);
    }

    @AfterEach
    void stop() throws Exception {
        api.close();
    }

    private String raw(String method, String uri, String headers, String body) throws Exception {
        return api.raw(LocalApi.request(method, uri, headers, body));
    }

    private static String body(String raw) {
        return HttpTester.parseResponse(raw).getContent();
    }

    private String cookie(String ticket) {
        return "Cookie: PVEAuthCookie=" + ticket + "\r\n";
    }

    @Test
    void aCallWithoutCredentialsIs401NoTicketWithAJsonBody() throws Exception {
        String raw = raw("GET", "/api2/json/version", "", null);
        assertThat(raw).startsWith("HTTP/1.1 401 No ticket\r\n");
        assertThat(body(raw)).isEqualTo("{\"data\":null,\"message\":\"No ticket\\n\"}");
        assertThat(HttpTester.parseResponse(raw).get("Connection")).isEqualTo("close");
    }

    @Test
    void everyMethodButWorldOnesRefusesUnauthenticatedCalls() throws Exception {
        for (String uri : new String[] {"/version", "/rootonly", "/checked", "/nodes/n1/echo", "/nothing"}) {
            assertThat(raw("GET", "/api2/json" + uri, "", null)).startsWith("HTTP/1.1 401 No ticket\r\n");
            assertThat(raw("POST", "/api2/extjs" + uri, "", null)).startsWith("HTTP/1.1 401 No ticket\r\n");
        }
    }

    @Test
    void theLoginEndpointNeedsNoTicket() throws Exception {
        assertThat(body(raw("GET", "/api2/json/access/ticket", "", null))).isEqualTo("{\"data\":null}");
    }

    @Test
    void aTicketInTheCookieOrTheAuthorizationHeaderAuthenticates() throws Exception {
        String t = api.ticket("alice@pve");
        assertThat(body(raw("GET", "/api2/json/whoami", cookie(t), null))).isEqualTo("{\"data\":\"alice@pve\"}");
        assertThat(body(raw("GET", "/api2/json/whoami", "Cookie: other=1; PVEAuthCookie="
                + t.replace(":", "%3A") + "; x=y\r\n", null))).isEqualTo("{\"data\":\"alice@pve\"}");
        assertThat(body(raw("GET", "/api2/json/whoami", "Authorization: PVEAuthCookie=" + t + "\r\n", null)))
                .isEqualTo("{\"data\":\"alice@pve\"}");
    }

    @Test
    void forgedTamperedAndExpiredTicketsAreRefused() throws Exception {
        String good = api.ticket("alice@pve");
        String tampered = good.replace("alice@pve", "root@pam");
        String forged = AuthKeys.generate().tickets().assemble("PVE", "root@pam", Instant.now().getEpochSecond());
        String expired = api.keys.tickets().assemble("PVE", "alice@pve", Instant.now().getEpochSecond() - 7200);
        String future = api.keys.tickets().assemble("PVE", "alice@pve", Instant.now().getEpochSecond() + 301);
        for (String t : new String[] {tampered, forged, expired, future, "garbage", "PVE:root@pam:00000000::AAAA"}) {
            String raw = raw("GET", "/api2/json/version", cookie(t), null);
            assertThat(raw).as(t).startsWith("HTTP/1.1 401 Authentication failed!\r\n");
            assertThat(body(raw)).isEqualTo("{\"data\":null,\"message\":\"Authentication failed!\\n\"}");
        }
    }

    @Test
    void aTicketOfAnUnknownUserIsRefused() throws Exception {
        assertThat(raw("GET", "/api2/json/version", cookie(api.ticket("mallory@pve")), null))
                .startsWith("HTTP/1.1 401 Authentication failed!\r\n");
    }

    @Test
    void aStaleCookieWinsOverAValidToken() throws Exception {
        String raw = raw("GET", "/api2/json/version", cookie("stale") + "Authorization: PVEAPIToken=alice@pve!ci="
                + api.tokenSecret + "\r\n", null);
        assertThat(raw).startsWith("HTTP/1.1 401 Authentication failed!\r\n");
    }

    @Test
    void aWriteWithATicketButNoCsrfTokenIsRefused() throws Exception {
        String t = api.ticket("root@pam");
        String raw = raw("POST", "/api2/json/nodes/n1/echo", cookie(t) + FORM, "a=1");
        assertThat(raw).startsWith("HTTP/1.1 401 Permission denied - invalid csrf token\r\n");
        assertThat(body(raw)).isEqualTo("{\"data\":null,\"message\":\"Permission denied - invalid csrf token\\n\"}");
        for (String m : new String[] {"PUT", "DELETE"}) {
            assertThat(raw(m, "/api2/json/nodes/n1/echo", cookie(t), null))
                    .startsWith("HTTP/1.1 401 Permission denied - invalid csrf token\r\n");
        }
    }

    @Test
    void aCsrfTokenOfAnotherUserIsRefused() throws Exception {
        String raw = raw("POST", "/api2/json/nodes/n1/echo", cookie(api.ticket("alice@pve"))
                + "CSRFPreventionToken: " + api.csrf("root@pam") + "\r\n" + FORM, "a=1");
        assertThat(raw).startsWith("HTTP/1.1 401 Permission denied - invalid csrf token\r\n");
    }

    @Test
    void aWriteWithTicketAndCsrfTokenPasses() throws Exception {
        String raw = raw("POST", "/api2/json/nodes/n1/echo", cookie(api.ticket("alice@pve"))
                + "CSRFPreventionToken: " + api.csrf("alice@pve") + "\r\n" + FORM, "a=1");
        assertThat(body(raw)).isEqualTo("{\"data\":{\"a\":\"1\",\"node\":\"n1\"}}");
    }

    @Test
    void anApiTokenAuthenticatesAsTheTokenAndWritesWithoutCsrf() throws Exception {
        String auth = "Authorization: PVEAPIToken=alice@pve!ci=" + api.tokenSecret + "\r\n";
        assertThat(body(raw("GET", "/api2/json/whoami", auth, null))).isEqualTo("{\"data\":\"alice@pve!ci\"}");
        assertThat(body(raw("POST", "/api2/json/nodes/n1/echo", auth + FORM, "a=1")))
                .isEqualTo("{\"data\":{\"a\":\"1\",\"node\":\"n1\"}}");
        assertThat(body(raw("GET", "/api2/json/whoami", "Authorization: PVEAPIToken alice@pve!ci="
                + api.tokenSecret + "\r\n", null))).isEqualTo("{\"data\":\"alice@pve!ci\"}");
    }

    @Test
    void aWrongOrForeignTokenIsRefused() throws Exception {
        String[] bad = {"alice@pve!ci=00000000-0000-0000-0000-000000000000", "root@pam!ci=" + api.tokenSecret,
            "alice@pve!other=" + api.tokenSecret, "alice@pve!ci", "=" + api.tokenSecret};
        for (String t : bad) {
            assertThat(raw("GET", "/api2/json/version", "Authorization: PVEAPIToken=" + t + "\r\n", null))
                    .as(t).startsWith("HTTP/1.1 401 Authentication failed!\r\n");
        }
    }

    @Test
    void aTokenCannotCallAMethodThatRefusesTokens() throws Exception {
        String raw = raw("PUT", "/api2/json/notoken", "Authorization: PVEAPIToken=alice@pve!ci=" + api.tokenSecret
                + "\r\n", null);
        assertThat(raw).startsWith("HTTP/1.1 403 Permission check failed (URI '/notoken' not available with API "
                + "token, need proper ticket.\r\n");
        assertThat(body(raw)).isEqualTo("{\"data\":null,\"message\":\"Permission check failed (URI '/notoken' not "
                + "available with API token, need proper ticket.\\n)\\n\"}");
    }

    @Test
    void permissionsFollowUserAllWorldRootOnlyAndCheck() throws Exception {
        String alice = cookie(api.ticket("alice@pve"));
        String root = cookie(api.ticket("root@pam"));
        assertThat(raw("GET", "/api2/json/world", "", null)).as("only upstream's open endpoints skip authentication")
                .startsWith("HTTP/1.1 401 No ticket\r\n");
        assertThat(raw("GET", "/api2/json/world", alice, null)).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(raw("GET", "/api2/json/version", alice, null)).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(raw("GET", "/api2/json/rootonly", alice, null))
                .startsWith("HTTP/1.1 403 Permission check failed (user != root@pam)\r\n");
        assertThat(raw("GET", "/api2/json/rootonly", root, null)).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(raw("GET", "/api2/json/checked", alice, null)).startsWith("HTTP/1.1 403 Permission check failed\r\n");
        assertThat(raw("GET", "/api2/json/checked", root, null)).startsWith("HTTP/1.1 200 OK\r\n");
        String token = "Authorization: PVEAPIToken=alice@pve!ci=" + api.tokenSecret + "\r\n";
        assertThat(raw("GET", "/api2/json/rootonly", token, null))
                .startsWith("HTTP/1.1 403 Permission check failed (user != root@pam)\r\n");
    }

    @Test
    void aPermissionCheckerDecidesCheckExpressions() throws Exception {
        api.close();
        api = new LocalApi(dir.resolve("2"), (authId, check, params) -> {
            if (!authId.equals("alice@pve")) {
                throw dev.jpve.schema.ApiException.permission("/vms/100, VM.Audit");
            }
        });
        assertThat(raw("GET", "/api2/json/checked", cookie(api.ticket("alice@pve")), null))
                .startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(raw("GET", "/api2/json/checked", "Authorization: PVEAPIToken=alice@pve!ci=" + api.tokenSecret
                + "\r\n", null)).startsWith("HTTP/1.1 403 Permission check failed (/vms/100, VM.Audit)\r\n");
    }

    @Test
    void pathTricksReachNothing() throws Exception {
        String root = cookie(api.ticket("root@pam"));
        String[] tricks = {"/api2/json/nodes/n1%2Fecho", "/api2/json/nodes/%2e%2e/version", "/api2/json/%2e%2e/json/version",
            "/api2/json/nodes/n1/echo/..%2F..%2Frootonly", "/api2/json/nodes/..;/rootonly", "/api2/json/nodes/%2F/echo"};
        for (String uri : tricks) {
            String raw = raw("GET", uri, cookie(api.ticket("alice@pve")), null);
            assertThat(raw).as(uri).doesNotStartWith("HTTP/1.1 200");
            assertThat(raw).as(uri).doesNotStartWith("HTTP/1.1 5").doesNotContain("root");
            assertThat(body(raw)).as(uri).startsWith("{\"data\":null,\"message\":");
        }
        String raw = raw("GET", "/api2/json/nodes/../rootonly", root, null);
        assertThat(raw).as("dot segments are resolved before routing").startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(raw("GET", "/api2/json/../../etc/passwd", root, null)).doesNotStartWith("HTTP/1.1 200");
    }

    @Test
    void passwordLoginReturnsTicketCsrfTokenAndCap() throws Exception {
        String raw = raw("POST", "/api2/json/access/ticket", FORM, "username=alice%40pve&password=s3cret+pass");
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n");
        var data = TestApi.JSON.readTree(body(raw)).get("data");
        assertThat(data.get("username").asString()).isEqualTo("alice@pve");
        assertThat(data.get("ticket").asString()).matches("PVE:alice@pve:[0-9A-F]{8}::[A-Za-z0-9+/]{342}==");
        assertThat(data.get("CSRFPreventionToken").asString()).matches("[0-9A-F]{8}:[A-Za-z0-9+/]{43}");
        assertThat(data.get("cap").toString())
                .isEqualTo("{\"vms\":{},\"access\":{},\"storage\":{},\"nodes\":{},\"sdn\":{},\"dc\":{},\"mapping\":{}}");
        String ticket = data.get("ticket").asString();
        String csrf = data.get("CSRFPreventionToken").asString();
        assertThat(body(raw("PUT", "/api2/json/nodes/n1/echo", cookie(ticket) + "CSRFPreventionToken: " + csrf + "\r\n",
                null))).isEqualTo("{\"data\":{\"node\":\"n1\"}}");
    }

    @Test
    void aJsonLoginWithRealmWorks() throws Exception {
        String raw = raw("POST", "/api2/json/access/ticket", "Content-Type: application/json\r\n",
                "{\"username\":\"alice\",\"realm\":\"pve\",\"password\":\"s3cret pass\"}");
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n");
    }

    @Test
    void aFailedLoginIs401AuthenticationFailureWithDataNull() throws Exception {
        String[] bodies = {"username=alice%40pve&password=wrong", "username=nobody%40pve&password=s3cret+pass",
            "username=alice&password=s3cret+pass", "username=alice%40pve&realm=pve&password=s3cret+pass"};
        for (String b : bodies) {
            String raw = raw("POST", "/api2/json/access/ticket", FORM, b);
            assertThat(raw).as(b).startsWith("HTTP/1.1 401 authentication failure\r\n");
            assertThat(body(raw)).isEqualTo("{\"data\":null,\"message\":\"authentication failure\\n\"}");
        }
    }

    @Test
    void theCurrentTicketRenewsAsPassword() throws Exception {
        String old = api.ticket("alice@pve");
        String raw = raw("POST", "/api2/json/access/ticket", FORM, "username=alice%40pve&password="
                + java.net.URLEncoder.encode(old, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n");
        assertThat(TestApi.JSON.readTree(body(raw)).at("/data/username").asString()).isEqualTo("alice@pve");
    }

    @Test
    void aTicketOfAnotherUserDoesNotRenewButRootsDoes() throws Exception {
        String raw = raw("POST", "/api2/json/access/ticket", FORM, "username=root%40pam&password="
                + java.net.URLEncoder.encode(api.ticket("alice@pve"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(raw).startsWith("HTTP/1.1 401 authentication failure\r\n");
        raw = raw("POST", "/api2/json/access/ticket", FORM, "username=alice%40pve&password="
                + java.net.URLEncoder.encode(api.ticket("root@pam"), java.nio.charset.StandardCharsets.UTF_8));
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n");
    }

    @Test
    void anExpiredTicketDoesNotRenew() throws Exception {
        String expired = api.keys.tickets().assemble("PVE", "alice@pve", Instant.now().getEpochSecond() - 7200);
        String raw = raw("POST", "/api2/json/access/ticket", FORM, "username=alice%40pve&password="
                + java.net.URLEncoder.encode(expired, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(raw).startsWith("HTTP/1.1 401 authentication failure\r\n");
    }
}
