package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jetty.http.HttpTester;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedRequestTest {
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

    private void assertJsonError(String request, String statusLine) throws Exception {
        String raw = api.raw(request);
        assertThat(raw).startsWith(statusLine + "\r\n").contains("\r\nConnection: close\r\n")
                .contains("\r\nContent-Type: application/json;charset=UTF-8\r\n")
                .contains("\r\nServer: pve-api-daemon/3.0\r\n");
        String reason = statusLine.substring(statusLine.indexOf(' ', 9) + 1);
        assertThat(HttpTester.parseResponse(raw).getContent()).isEqualTo("{\"data\":null,\"message\":\"" + reason + "\"}");
    }

    @Test
    void malformedRequestsGetAJsonBodyWithDataNull() throws Exception {
        assertJsonError("GARBAGE\r\n\r\n", "HTTP/1.1 400 No URI");
        assertJsonError("GET /api2/json/%zz HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400 Bad Request");
        assertJsonError("GET @x/api2/json/version HTTP/1.1\r\nHost: x\r\n\r\n", "HTTP/1.1 400 Bad Request");
        assertJsonError("POST /api2/json/version HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n",
                "HTTP/1.1 400 Invalid Content-Length Value");
        assertJsonError("GET /api2/json/version HTTP/1.1\r\nHost: x\r\nX: " + "a".repeat(9000) + "\r\n\r\n",
                "HTTP/1.1 431 Request Header Fields Too Large");
        assertJsonError("GET /api2/json/version HTTP/2.0\r\nHost: x\r\n\r\n", "HTTP/1.1 426 Upgrade Required");
    }

    @Test
    void sixtyFourLinesCountingTheEmptyOneAreTooManyHeaders() throws Exception {
        String auth = "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n";
        assertThat(api.raw("GET /api2/json/version HTTP/1.1\r\nHost: x\r\n" + auth + "X-A: 1\r\n".repeat(60) + "\r\n"))
                .startsWith("HTTP/1.1 200 OK\r\n");
        String raw = api.raw("GET /api2/json/version HTTP/1.1\r\nHost: x\r\n" + auth + "X-A: 1\r\n".repeat(61) + "\r\n");
        assertThat(raw).startsWith("HTTP/1.1 400 too many http header lines (> 64)\r\n");
        assertThat(HttpTester.parseResponse(raw).getContent())
                .isEqualTo("{\"data\":null,\"message\":\"too many http header lines (> 64)\\n\"}");
    }

    @Test
    void theServerStillAnswersAfterMalformedRequests() throws Exception {
        api.raw("GARBAGE\r\n\r\n");
        api.raw("GET /api2/json/%zz HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(api.asRoot("GET", "/api2/json/version", "", null).getStatus()).isEqualTo(200);
    }

    @Test
    void failedAuthenticationIsAnsweredOnlyAfterTheFailureDelay() throws Exception {
        Server server = new Server();
        LocalConnector c = new LocalConnector(server, new HttpConnectionFactory(Connectors.httpConfiguration()));
        server.addConnector(c);
        Connectors.configure(server);
        server.setHandler(ApiAdapter.builder(TestApi.root(api.access), api.access).failureDelay(Duration.ofHours(1)).build());
        server.start();
        try {
            assertThat(c.getResponse("GET /api2/json/version HTTP/1.1\r\nHost: x\r\n\r\n", 300,
                    java.util.concurrent.TimeUnit.MILLISECONDS)).as("held back by the delay").isNull();
            assertThat(c.getResponse("GET /api2/json/version HTTP/1.1\r\nHost: x\r\nCookie: PVEAuthCookie="
                    + api.ticket("root@pam") + "\r\n\r\n", 30, java.util.concurrent.TimeUnit.SECONDS))
                    .as("good requests are not delayed").startsWith("HTTP/1.1 200 OK\r\n");
        } finally {
            server.stop();
        }
    }
}
