package dev.jpve.http;

import java.util.Optional;
import org.eclipse.jetty.http.HttpStatus;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The response formatters {@code json} and {@code extjs} (upstream's {@code Formatter::Standard}).
 *
 * <p>{@code json}: {@code {"data":…}}, on errors with {@code message} and {@code errors};
 * {@code total} on success when set. {@code extjs}: the same plus {@code success} (1/0); an
 * error status is reported as HTTP 200 with {@code status} and {@code message} in the body.
 */
enum Envelope {
    /** The {@code json} format. */
    JSON,
    /** The {@code extjs} format. */
    EXTJS;

    /** The content type of both formats, exactly as upstream writes it. */
    static final String CONTENT_TYPE = "application/json;charset=UTF-8";

    /**
     * Buffers recycled per thread: the server's threads are pooled platform threads, and the
     * default shared pool costs a lock-free queue round trip per response.
     */
    private static final JsonMapper MAPPER =
            JsonMapper.builder(JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool()).build()).build();

    /** The formatter named by a URL's format segment. */
    static Optional<Envelope> named(String format) {
        return switch (format) {
            case "json" -> Optional.of(JSON);
            case "extjs" -> Optional.of(EXTJS);
            default -> Optional.empty();
        };
    }

    /** The formatted result: the HTTP status, the reason phrase source and the body. */
    record Formatted(int status, Optional<String> message, byte[] body) {}

    Formatted format(ApiResult res) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode out = f.objectNode();
        out.set("data", res.data());
        boolean success = res.errors().isEmpty();
        int status = res.status();
        Optional<String> message = res.message();
        if (this == JSON && res.isError()) {
            res.message().ifPresent(m -> out.put("message", m));
        }
        if (!res.errors().isEmpty()) {
            ObjectNode errors = out.putObject("errors");
            res.errors().forEach(errors::put);
        }
        if (this == EXTJS) {
            if (res.isError()) {
                success = false;
                out.put("message", res.message().filter(m -> !m.isEmpty())
                        .orElse(HttpStatus.getMessage(status)));
                out.put("status", status);
                status = 200;
                message = Optional.empty();
            }
            out.put("success", success ? 1 : 0);
        }
        if (success && !res.isError()) {
            res.total().ifPresent(t -> out.set("total", t));
        }
        return new Formatted(status, message, MAPPER.writeValueAsBytes(out));
    }

    /** The body of an error that never reached a formatter: {@code {"data":null,"message":…}}. */
    static byte[] plainError(String message) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        out.putNull("data");
        out.put("message", message);
        return MAPPER.writeValueAsBytes(out);
    }
}
