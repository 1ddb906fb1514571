package dev.jpve.http;

import dev.jpve.rest.ApiHandler;
import dev.jpve.task.TaskRunner;
import dev.jpve.rest.HttpMethod;
import dev.jpve.schema.ApiException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Jetty handler that serves an {@link ApiHandler} tree the way Proxmox's pveproxy does:
 * {@code /api2/json/…} and {@code /api2/extjs/…}; authenticate, route, check permission,
 * validate, invoke, format.
 *
 * <p>Statuses, reason phrases and bodies follow upstream (spec http.md §2-§6); every error,
 * including authentication failures, carries a {@code {"data":null,"message":…}} body. 401
 * answers are delayed by the failure delay (upstream: 3 s since the request started).
 *
 * {@snippet :
 * ApiAdapter adapter = ApiAdapter.builder(root, access).failureDelay(Duration.ofSeconds(3)).build();
 * server.setHandler(adapter);
 * }
 */
public final class ApiAdapter extends Handler.Abstract {
    /** Upstream's limit on request header lines: fewer than 64. */
    public static final int MAX_HEADERS = 64;

    /** Upstream's limit on request bodies: 512 KiB. */
    public static final long MAX_BODY = 512 * 1024;

    private static final String BASE = "/api2";

    private final Dispatcher dispatcher;
    private final NodeProxy proxy;
    private final AccessControl access;
    private final long failureDelayMillis;

    private ApiAdapter(Builder b) {
        this.dispatcher = new Dispatcher(b.root, b.access, b.tasks, b.localNode);
        this.proxy = new NodeProxy(b.nodes);
        this.access = b.access;
        this.failureDelayMillis = b.failureDelay.toMillis();
    }

    /** A builder serving this tree with this access control. */
    public static Builder builder(ApiHandler root, AccessControl access) {
        return new Builder(root, access);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        long start = System.nanoTime();
        Exchange ex = new Exchange(request, response, callback, start);
        try {
            serve(ex);
        } catch (ApiException e) {
            ex.fail(e.code() == 0 ? 500 : e.code(), e.msg());
        } catch (RuntimeException e) {
            ex.fail(501, String.valueOf(e.getMessage()));
        }
        return true;
    }

    private void serve(Exchange ex) {
        HttpMethod method = knownMethod(ex.request.getMethod());
        if (ex.request.getHeaders().size() + 1 >= MAX_HEADERS) {
            throw ApiException.of(400, "too many http header lines (> " + MAX_HEADERS + ")\n");
        }
        rejectTransferEncoding(ex.request.getHeaders().get(HttpHeader.TRANSFER_ENCODING));
        String decoded = ex.request.getHttpURI().getDecodedPath();
        String path = decoded == null ? "" : decoded;
        if (!path.startsWith(BASE)) {
            throw ApiException.of(500, "no such file '" + path + "'\n");
        }
        ApiPath api = ApiPath.parse(path).orElseThrow(() -> ApiException.of(501, "no such uri"));
        String format = api.format();
        String relUri = api.relUri();
        Caller caller = authenticate(ex, method, relUri);
        if (caller == null) {
            return;
        }
        byte[] body = readBody(ex.request, method);
        Envelope envelope = Envelope.named(format).orElseThrow(() ->
                ApiException.of(501, "no formatter for uri " + relUri + ", " + format));
        ObjectNode params = RequestParams.extract(ex.request, method, body);
        switch (dispatcher.route(method, relUri, caller, params)) {
            case Dispatcher.Route.Local local -> {
                ApiResult res = local.result();
                Envelope.Formatted out = envelope.format(res);
                ex.send(out.status(), out.message(), out.body(),
                        res.status() == 401 ? ex.remainingDelay(failureDelayMillis) : 0);
            }
            case Dispatcher.Route.Remote remote -> {
                NodeProxy.Answer answer = proxy.forward(ex.request, remote.node(), body);
                ex.send(answer.status(), Optional.of(answer.reason()).filter(r -> !r.isEmpty()), answer.body(), 0);
            }
        }
    }

    /**
     * A path below {@code /api2}: {@code /api2/+FORMAT[/REST]} with a format of a lowercase
     * letter and one or more lowercase letters or digits (upstream's
     * {@code ^/api2/+([a-z][a-z0-9]+)(/.*)?$}, scanned by hand since it runs on every request).
     *
     * @param relUri the rest from its slash on, {@code /} when there is none
     */
    record ApiPath(String format, String relUri) {
        static Optional<ApiPath> parse(String path) {
            if (!path.startsWith(BASE + "/")) {
                return Optional.empty();
            }
            int start = BASE.length();
            while (start < path.length() && path.charAt(start) == '/') {
                start++;
            }
            int end = start;
            while (end < path.length() && isFormatChar(path.charAt(end), end == start)) {
                end++;
            }
            if (end - start < 2 || end < path.length() && path.charAt(end) != '/') {
                return Optional.empty();
            }
            return Optional.of(new ApiPath(path.substring(start, end), end == path.length() ? "/" : path.substring(end)));
        }

        private static boolean isFormatChar(char c, boolean first) {
            return c >= 'a' && c <= 'z' || !first && c >= '0' && c <= '9';
        }
    }

    private static HttpMethod knownMethod(String name) {
        return switch (name) {
            case "GET" -> HttpMethod.GET;
            case "POST" -> HttpMethod.POST;
            case "PUT" -> HttpMethod.PUT;
            case "DELETE" -> HttpMethod.DELETE;
            default -> throw ApiException.of(501, "method '" + name + "' not available");
        };
    }

    private static void rejectTransferEncoding(String te) {
        if (te == null) {
            return;
        }
        throw ApiException.of(501, te.equalsIgnoreCase("chunked") ? "chunked transfer encoding not supported"
                : "Unknown transfer encoding '" + te + "'");
    }

    /** Authenticates, or answers 401 (after the failure delay) and returns null. */
    private Caller authenticate(Exchange ex, HttpMethod method, String relUri) {
        Request r = ex.request;
        Credentials creds = Credentials.from(r.getHeaders().get(HttpHeader.COOKIE),
                r.getHeaders().get(HttpHeader.AUTHORIZATION), r.getHeaders().get("CSRFPreventionToken"));
        try {
            Caller caller = access.authenticate(method, relUri, creds);
            caller.authId().ifPresent(id -> r.setAttribute(AccessLog.USER, id));
            return caller;
        } catch (ApiException e) {
            int code = e.code() == 0 ? 500 : e.code();
            ex.send(code, Optional.of(e.msg()), Envelope.plainError(e.msg()), failureDelayMillis);
            return null;
        }
    }

    private static byte[] readBody(Request request, HttpMethod method) {
        long len = request.getHeaders().getLongField(HttpHeader.CONTENT_LENGTH);
        if (len <= 0) {
            return new byte[0];
        }
        if (method != HttpMethod.PUT && method != HttpMethod.POST) {
            throw ApiException.of(501, "Unexpected content for method '" + method + "'");
        }
        if (len > MAX_BODY) {
            throw ApiException.of(501, "for data too large");
        }
        RequestParams.checkContentType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        try {
            ByteBuffer buf = Content.Source.asByteBuffer(request);
            byte[] bytes = new byte[buf.remaining()];
            buf.get(bytes);
            return bytes;
        } catch (java.io.IOException e) {
            throw ApiException.of(400, "unable to read request body - " + e.getMessage() + "\n");
        }
    }

    /** One request and its response, with the time it started. */
    private static final class Exchange {
        final Request request;
        final Response response;
        final Callback callback;
        final long start;

        Exchange(Request request, Response response, Callback callback, long start) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.start = start;
        }

        void send(int status, Optional<String> message, byte[] body, long delayMillis) {
            Reply.send(request, response, callback, status, message, body, delayMillis);
        }

        void fail(int status, String message) {
            send(status, Optional.of(message), Envelope.plainError(message), 0);
        }

        long remainingDelay(long delayMillis) {
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            return Math.max(0, delayMillis - elapsed);
        }
    }

    /** Builder of {@link ApiAdapter}. */
    public static final class Builder {
        private final ApiHandler root;
        private final AccessControl access;
        private Duration failureDelay = Duration.ofSeconds(3);
        private Optional<TaskRunner> tasks = Optional.empty();
        private Optional<String> localNode = Optional.empty();
        private ClusterNodes nodes = ClusterNodes.none();

        private Builder(ApiHandler root, AccessControl access) {
            this.root = Objects.requireNonNull(root, "root");
            this.access = Objects.requireNonNull(access, "access");
        }

        /** How long failed authentications wait before their 401 answer (default 3 s, as upstream). */
        public Builder failureDelay(Duration value) {
            failureDelay = Objects.requireNonNull(value, "failureDelay");
            return this;
        }

        /**
         * Makes this server the node {@code localNodeName} of a cluster: calls of {@code proxyto}
         * methods for another node are forwarded to it (found in {@code others}); without this,
         * every call is answered here.
         */
        public Builder cluster(String localNodeName, ClusterNodes others) {
            localNode = Optional.of(Objects.requireNonNull(localNodeName, "localNodeName"));
            nodes = Objects.requireNonNull(others, "others");
            return this;
        }

        /** Lets methods start tasks in the background ({@code env.forkWorker}) with this runner. */
        public Builder tasks(TaskRunner runner) {
            tasks = Optional.of(runner);
            return this;
        }

        /** Builds the adapter. */
        public ApiAdapter build() {
            return new ApiAdapter(this);
        }
    }
}
