package dev.jpve.http;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Upstream's {@code proxy_request}: a call whose method is {@code proxyto} another node is sent
 * there (same method, URI, body and credentials, with {@code PVEDisableProxy: true} and
 * {@code PVEClientIP}) over TLS with the node's certificate pinned, and the answer is relayed.
 */
final class NodeProxy {
    /** The header that marks a forwarded request; such a request is never forwarded again. */
    static final String DISABLE_PROXY = "PVEDisableProxy";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.shared();
    private static final List<String> PASSED = List.of("Cookie", "Authorization", "CSRFPreventionToken",
            "Content-Type", "Accept", "Accept-Encoding");

    private final ClusterNodes nodes;
    private final Map<Optional<String>, HttpClient> clients = new ConcurrentHashMap<>();

    NodeProxy(ClusterNodes nodes) {
        this.nodes = nodes;
    }

    /** What the other node answered. */
    record Answer(int status, String reason, Optional<String> contentType, byte[] body) {}

    /**
     * Forwards the request to {@code node}.
     *
     * @return the node's answer, or an error answer (500) for a loop or a node that cannot be
     *     reached, in upstream's words
     */
    Answer forward(Request request, String node, byte[] body) {
        if (request.getHeaders().get(DISABLE_PROXY) != null) {
            return error("proxy loop detected");
        }
        Optional<ClusterNodes.Address> address = nodes.lookup(node);
        if (address.isEmpty()) {
            return error("unable to get IP for node '" + node + "' - node offline?");
        }
        ClusterNodes.Address a = address.get();
        String query = request.getHttpURI().getQuery();
        URI uri = URI.create("https://" + a.host() + ":" + a.port() + request.getHttpURI().getPath()
                + (query == null ? "" : "?" + query));
        HttpRequest.Builder out = HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                .method(request.getMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header(DISABLE_PROXY, "true")
                .header("PVEClientIP", Request.getRemoteAddr(request));
        for (HttpField f : request.getHeaders()) {
            if (PASSED.stream().anyMatch(h -> h.equalsIgnoreCase(f.getName()))) {
                out.header(f.getName(), f.getValue());
            }
        }
        try {
            HttpResponse<byte[]> res = client(a.fingerprint()).send(out.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(res.statusCode(), reasonOf(res.body()),
                    res.headers().firstValue(HttpHeader.CONTENT_TYPE.asString()), res.body());
        } catch (IOException e) {
            return new Answer(596, "Connection failed", Optional.empty(), new byte[0]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("interrupted while forwarding to node '" + node + "'");
        }
    }

    /**
     * The reason phrase the other node sent (the JDK's client does not show it): the first line
     * of the body's {@code message}, which jpve's error bodies carry; empty for the standard one.
     */
    private static String reasonOf(byte[] body) {
        try {
            String message = JSON.readTree(body).path("message").asString("");
            int nl = message.indexOf('\n');
            return nl < 0 ? message : message.substring(0, nl);
        } catch (RuntimeException e) {
            return "";
        }
    }

    private HttpClient client(Optional<String> fingerprint) {
        return clients.computeIfAbsent(fingerprint, f -> HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .sslContext(PinnedTrust.sslContext(f)).build());
    }

    private static Answer error(String message) {
        return new Answer(500, message, Optional.empty(), Envelope.plainError(message + "\n"));
    }
}
