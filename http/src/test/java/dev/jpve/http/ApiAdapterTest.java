package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.eclipse.jetty.http.HttpTester;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiAdapterTest {
    static final String FORM = "Content-Type: application/x-www-form-urlencoded\r\n";
    static final String JSON_CT = "Content-Type: application/json\r\n";

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

    private HttpTester.Response get(String uri) throws Exception {
        return api.asRoot("GET", uri, "", null);
    }

    @Test
    void aGetAnswersTheDataEnvelopeWithUpstreamsHeaders() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/version",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", null));
        assertThat(raw).startsWith("HTTP/1.1 200 OK\r\n");
        HttpTester.Response r = HttpTester.parseResponse(raw);
        assertThat(r.getContent()).isEqualTo("{\"data\":{\"version\":\"9.1.1\",\"release\":\"9.1\"}}");
        assertThat(raw).contains("\r\nContent-Type: application/json;charset=UTF-8\r\n");
        assertThat(r.get("Content-Length")).isEqualTo(Integer.toString(r.getContent().length()));
        assertThat(r.get("Server")).isEqualTo("pve-api-daemon/3.0");
        assertThat(r.get("Cache-Control")).isEqualTo("max-age=0");
        assertThat(r.get("Pragma")).isEqualTo("no-cache");
        assertThat(r.get("Expires")).isEqualTo(r.get("Date")).matches("\\w{3}, \\d{2} \\w{3} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        assertThat(r.get("Connection")).as("HTTP/1.1 keeps the connection").isNull();
        assertThat(r.getValuesList("Server")).hasSize(1);
    }

    @Test
    void theExtjsFormatAddsSuccess() throws Exception {
        assertThat(get("/api2/extjs/version").getContent())
                .isEqualTo("{\"data\":{\"version\":\"9.1.1\",\"release\":\"9.1\"},\"success\":1}");
    }

    @Test
    void anUnknownPathIs501WithTheMethodInTheReasonAndClosesTheConnection() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/nodes/n1/nothing",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", null));
        assertThat(raw).startsWith("HTTP/1.1 501 Method 'GET /nodes/n1/nothing' not implemented\r\n");
        HttpTester.Response r = HttpTester.parseResponse(raw);
        assertThat(r.getContent()).isEqualTo("{\"data\":null,\"message\":\"Method 'GET /nodes/n1/nothing' not implemented\"}");
        assertThat(r.get("Connection")).isEqualTo("close");
    }

    @Test
    void extjsReportsErrorsWithStatus200() throws Exception {
        HttpTester.Response r = get("/api2/extjs/nothing");
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContent()).isEqualTo(
                "{\"data\":null,\"message\":\"Method 'GET /nothing' not implemented\",\"status\":501,\"success\":0}");
    }

    @Test
    void aParameterErrorIs400WithTheErrorsMap() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/nodes/n1/echo?n=0&zz=1",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", null));
        assertThat(raw).startsWith("HTTP/1.1 400 Parameter verification failed.\r\n");
        assertThat(HttpTester.parseResponse(raw).getContent()).isEqualTo("{\"data\":null,\"message\":"
                + "\"Parameter verification failed.\\n\",\"errors\":{\"n\":\"value must have a minimum value of 1\","
                + "\"zz\":\"property is not defined in schema and the schema does not allow additional properties\"}}");
    }

    @Test
    void extjsParameterErrorsCarryErrorsAndSuccess0() throws Exception {
        assertThat(get("/api2/extjs/nodes/n1/echo?n=0").getContent()).isEqualTo("{\"data\":null,\"errors\":"
                + "{\"n\":\"value must have a minimum value of 1\"},\"message\":\"Parameter verification failed.\\n\","
                + "\"status\":400,\"success\":0}");
    }

    @Test
    void aMethodErrorUsesItsCodeAndTheFirstLineAsReason() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/fail",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", null));
        assertThat(raw).startsWith("HTTP/1.1 409 VM is locked (backup)\r\n");
        assertThat(HttpTester.parseResponse(raw).getContent())
                .isEqualTo("{\"data\":null,\"message\":\"VM is locked (backup)\\nsecond line\\n\"}");
    }

    @Test
    void aMethodThatDiesIs500() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/die",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", null));
        assertThat(raw).startsWith("HTTP/1.1 500 something died\r\n");
        assertThat(HttpTester.parseResponse(raw).getContent()).isEqualTo("{\"data\":null,\"message\":\"something died\\n\"}");
    }

    @Test
    void queryParametersOverrideFormBodyParametersAndDcIsDropped() throws Exception {
        HttpTester.Response r = api.asRoot("POST", "/api2/json/nodes/n1/echo?a=query&_dc=123", FORM,
                "a=body&b=x+y%21;list=1&list=2&list=3");
        assertThat(r.getContent()).isEqualTo("{\"data\":{\"a\":\"query\",\"b\":\"x y!\",\"list\":[\"1\",\"2\",\"3\"],"
                + "\"node\":\"n1\"}}");
    }

    @Test
    void aJsonBodyKeepsNestedValues() throws Exception {
        HttpTester.Response r = api.asRoot("PUT", "/api2/json/nodes/n1/echo", JSON_CT,
                "{\"a\":\"x\",\"n\":5,\"obj\":{\"k\":[1,2]}}");
        assertThat(r.getContent()).isEqualTo("{\"data\":{\"a\":\"x\",\"n\":5,\"obj\":{\"k\":[1,2]},\"node\":\"n1\"}}");
    }

    @Test
    void aJsonContentTypeWithCharsetIsJson() throws Exception {
        HttpTester.Response r = api.asRoot("POST", "/api2/json/nodes/n1/echo",
                "Content-Type: application/json; charset=utf-8\r\n", "{\"a\":\"\\u00e9\"}");
        assertThat(r.getContent()).isEqualTo("{\"data\":{\"a\":\"\u00e9\",\"node\":\"n1\"}}");
    }

    @Test
    void aBodyWithoutContentTypeIsForm() throws Exception {
        assertThat(api.asRoot("POST", "/api2/json/nodes/n1/echo", "", "a=1").getContent())
                .isEqualTo("{\"data\":{\"a\":\"1\",\"node\":\"n1\"}}");
    }

    @Test
    void aMalformedJsonBodyIs501() throws Exception {
        HttpTester.Response r = api.asRoot("POST", "/api2/json/nodes/n1/echo", JSON_CT, "{nope");
        assertThat(r.getStatus()).isEqualTo(501);
        assertThat(r.getContent()).startsWith("{\"data\":null,\"message\":\"malformed JSON string");
    }

    @Test
    void aConflictingUriParameterIs400() throws Exception {
        HttpTester.Response r = get("/api2/json/nodes/n1/echo?node=n2");
        assertThat(r.getStatus()).isEqualTo(400);
        assertThat(r.getContent()).isEqualTo("{\"data\":null,\"message\":\"Parameter verification failed.\\n\","
                + "\"errors\":{\"node\":\"duplicate parameter (already defined in URI) with conflicting values!\"}}");
    }

    @Test
    void theSameUriParameterValueIsAccepted() throws Exception {
        assertThat(get("/api2/json/nodes/n1/echo?node=n1").getContent()).isEqualTo("{\"data\":{\"node\":\"n1\"}}");
    }

    @Test
    void deleteTakesQueryParameters() throws Exception {
        assertThat(api.asRoot("DELETE", "/api2/json/nodes/n1/echo?list=1&list=2&a", "", null).getContent())
                .isEqualTo("{\"data\":{\"list\":[\"1\",\"2\"],\"a\":null,\"node\":\"n1\"}}");
    }

    @Test
    void aRepeatedKeyForAStringPropertyFailsValidationAsUpstream() throws Exception {
        assertThat(get("/api2/json/nodes/n1/echo?a=1&a=2").getContent()).isEqualTo("{\"data\":null,\"message\":"
                + "\"Parameter verification failed.\\n\",\"errors\":{\"a\":\"type check ('string') failed - got ARRAY\"}}");
    }

    @Test
    void otherMethodsAre501() throws Exception {
        for (String m : new String[] {"HEAD", "OPTIONS", "PATCH"}) {
            String raw = api.raw(LocalApi.request(m, "/api2/json/version", "", null));
            assertThat(raw).startsWith("HTTP/1.1 501 method '" + m + "' not available\r\n");
        }
    }

    @Test
    void theUrlLayoutErrorsAreUpstreams() throws Exception {
        assertThat(api.raw(LocalApi.request("GET", "/api2", "", null))).startsWith("HTTP/1.1 501 no such uri\r\n");
        assertThat(api.raw(LocalApi.request("GET", "/api2/JSON/version", "", null)))
                .startsWith("HTTP/1.1 501 no such uri\r\n");
        assertThat(api.raw(LocalApi.request("GET", "/index.html", "", null)))
                .startsWith("HTTP/1.1 500 no such file '/index.html'\r\n");
        HttpTester.Response r = get("/api2/xml/version");
        assertThat(r.getStatus()).isEqualTo(501);
        assertThat(r.getContent()).isEqualTo("{\"data\":null,\"message\":\"no formatter for uri /version, xml\"}");
    }

    @Test
    void theFormatAloneIsTheRootPath() throws Exception {
        assertThat(get("/api2/json").getContent())
                .isEqualTo("{\"data\":null,\"message\":\"Method 'GET /' not implemented\"}");
    }

    @Test
    void doubledAndTrailingSlashesAreHarmless() throws Exception {
        assertThat(get("/api2//json//version/").getStatus()).isEqualTo(200);
    }

    @Test
    void aBodyOnGetIs501() throws Exception {
        String raw = api.raw(LocalApi.request("GET", "/api2/json/version",
                "Cookie: PVEAuthCookie=" + api.ticket("root@pam") + "\r\n", "a=1"));
        assertThat(raw).startsWith("HTTP/1.1 501 Unexpected content for method 'GET'\r\n");
    }

    @Test
    void aBodyOver512KiBIs501ForDataTooLarge() throws Exception {
        String raw = api.raw("POST /api2/json/nodes/n1/echo HTTP/1.1\r\nHost: x\r\nCookie: PVEAuthCookie="
                + api.ticket("root@pam") + "\r\nCSRFPreventionToken: " + api.csrf("root@pam")
                + "\r\nContent-Length: 524289\r\n\r\n" + "a".repeat(1000));
        assertThat(raw).startsWith("HTTP/1.1 501 for data too large\r\n");
        assertThat(HttpTester.parseResponse(raw).getContent()).isEqualTo("{\"data\":null,\"message\":\"for data too large\"}");
    }

    @Test
    void aBodyOfExactly512KiBIsRead() throws Exception {
        String body = "a=" + "x".repeat(512 * 1024 - 2);
        assertThat(api.asRoot("POST", "/api2/json/nodes/n1/echo", FORM, body).getStatus()).isEqualTo(200);
    }

    @Test
    void anotherContentTypeIs506() throws Exception {
        HttpTester.Response r = api.asRoot("POST", "/api2/json/nodes/n1/echo", "Content-Type: text/plain\r\n", "a=1");
        assertThat(r.getStatus()).isEqualTo(506);
        assertThat(r.getContent())
                .isEqualTo("{\"data\":null,\"message\":\"upload 'Content-Type 'text/plain' not implemented\"}");
    }

    @Test
    void chunkedBodiesAre501() throws Exception {
        String raw = api.raw("POST /api2/json/nodes/n1/echo HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "3\r\na=1\r\n0\r\n\r\n");
        assertThat(raw).startsWith("HTTP/1.1 501 chunked transfer encoding not supported\r\n");
    }

    @Test
    void largeBodiesAreGzippedWhenAccepted() throws Exception {
        HttpTester.Response r = api.asRoot("GET", "/api2/json/big", "Accept-Encoding: gzip, deflate\r\n", null);
        assertThat(r.get("Content-Encoding")).isEqualTo("gzip");
        byte[] plain = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.getContentBytes())).readAllBytes();
        assertThat(new String(plain, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("{\"data\":\"" + "x".repeat(3000) + "\"}");
        assertThat(get("/api2/json/big").get("Content-Encoding")).isNull();
        assertThat(api.asRoot("GET", "/api2/json/version", "Accept-Encoding: gzip\r\n", null).get("Content-Encoding")).isNull();
    }

    @Test
    void connectionCloseIsHonoured() throws Exception {
        assertThat(api.asRoot("GET", "/api2/json/version", "Connection: close\r\n", null).get("Connection"))
                .isEqualTo("close");
    }

    @Test
    void methodCodeSeesTheAuthenticatedUser() throws Exception {
        assertThat(get("/api2/json/whoami").getContent()).isEqualTo("{\"data\":\"root@pam\"}");
    }
}
