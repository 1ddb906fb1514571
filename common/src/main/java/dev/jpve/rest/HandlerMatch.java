package dev.jpve.rest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of {@link ApiHandler#findHandler}: the method for a request path.
 *
 * @param handler the handler the method belongs to (a mounted one for paths below a mount)
 * @param method the method
 * @param uriParams the values of the path's parameter components, in path order
 * @param template the path with parameter components as {@code {name}}, such as
 *     {@code /nodes/{node}/qemu/{vmid}}
 */
public record HandlerMatch(ApiHandler handler, ApiMethod method, Map<String, String> uriParams, String template) {

    /** Checks and copies the arguments. */
    public HandlerMatch {
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(method, "method");
        uriParams = Collections.unmodifiableMap(new LinkedHashMap<>(uriParams));
        Objects.requireNonNull(template, "template");
    }
}
