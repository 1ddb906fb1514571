package dev.jpve.http;

import dev.jpve.rest.HttpMethod;
import dev.jpve.schema.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** A request's parameters (upstream's {@code extract_params}) and the body content-type rule. */
final class RequestParams {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private RequestParams() {}

    /**
     * The parameters: for POST and PUT the body (JSON when the content type is exactly
     * {@code application/json}, otherwise form-urlencoded), then the query string on top,
     * without {@code _dc}.
     *
     * @throws ApiException 501 for a JSON body that is not an object
     */
    static ObjectNode extract(Request request, HttpMethod method, byte[] body) {
        ObjectNode params = JsonNodeFactory.instance.objectNode();
        if (method == HttpMethod.POST || method == HttpMethod.PUT) {
            String text = new String(body, StandardCharsets.UTF_8);
            params = isJson(request.getHeaders().get(HttpHeader.CONTENT_TYPE)) ? json(text)
                    : ParamDecoder.urlencoded(text);
        }
        return ParamDecoder.merge(params, ParamDecoder.urlencoded(request.getHttpURI().getQuery()));
    }

    /** The media type of a Content-Type header, as upstream's {@code parse_content_type}. */
    static String mediaType(String contentType) {
        return contentType.strip().split("\\s*[;,]\\s*", 2)[0];
    }

    private static boolean isJson(String contentType) {
        return contentType != null && mediaType(contentType).equals("application/json");
    }

    /**
     * Refuses bodies of other types than none, form-urlencoded and JSON.
     *
     * @throws ApiException 506 {@code upload 'Content-Type 'TYPE' not implemented}
     */
    static void checkContentType(String contentType) {
        if (contentType == null) {
            return;
        }
        String ct = mediaType(contentType);
        if (!ct.isEmpty() && !ct.equals("application/x-www-form-urlencoded") && !ct.equals("application/json")) {
            throw ApiException.of(506, "upload 'Content-Type '" + contentType + "' not implemented");
        }
    }

    private static ObjectNode json(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JacksonException e) {
            throw ApiException.of(501, "malformed JSON string: " + e.getOriginalMessage().toLowerCase(Locale.ROOT)
                    .lines().findFirst().orElse("") + "\n");
        }
        if (node instanceof ObjectNode obj) {
            return obj;
        }
        throw ApiException.of(501, "Not a HASH reference\n");
    }
}
