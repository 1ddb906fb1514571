package dev.jpve.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.NullNode;

/**
 * The outcome of an API call before formatting (upstream's {@code $res} hash).
 *
 * @param status the HTTP status
 * @param message the message (errors); the first line becomes the reason phrase
 * @param data the result; {@code NullNode} for none
 * @param errors per-parameter errors, empty for none
 * @param total the {@code total} result attribute, if set
 */
record ApiResult(int status, Optional<String> message, JsonNode data, Map<String, String> errors,
        Optional<JsonNode> total) {

    ApiResult {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(data, "data");
        errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        Objects.requireNonNull(total, "total");
    }

    static ApiResult ok(JsonNode data) {
        return new ApiResult(200, Optional.empty(), data, Map.of(), Optional.empty());
    }

    static ApiResult error(int status, String message) {
        return new ApiResult(status, Optional.of(message), NullNode.getInstance(), Map.of(), Optional.empty());
    }

    static ApiResult error(int status, String message, Map<String, String> errors) {
        return new ApiResult(status, Optional.of(message), NullNode.getInstance(), errors, Optional.empty());
    }

    ApiResult withTotal(JsonNode value) {
        return new ApiResult(status, message, data, errors, Optional.of(value));
    }

    boolean isError() {
        return status >= 400;
    }
}
