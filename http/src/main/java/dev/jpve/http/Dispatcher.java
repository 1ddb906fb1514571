package dev.jpve.http;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.task.TaskRunner;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.PerlScalar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * From a relative URI and parameters to a result (upstream's {@code rest_handler}): route, merge
 * the URI parameters, check permissions, validate and invoke. Every failure becomes an error
 * result; nothing escapes.
 */
final class Dispatcher {
    static final String CONFLICT = "duplicate parameter (already defined in URI) with conflicting values!";

    private final ApiHandler root;
    private final AccessControl access;
    private final Optional<TaskRunner> tasks;
    private final Optional<String> localNode;

    Dispatcher(ApiHandler root, AccessControl access, Optional<TaskRunner> tasks, Optional<String> localNode) {
        this.root = root;
        this.access = access;
        this.tasks = tasks;
        this.localNode = localNode;
    }

    /** Where a call goes: answered here, or forwarded to the node its method is {@code proxyto}. */
    sealed interface Route {
        /** Answered here. */
        record Local(ApiResult result) implements Route {}

        /** To be forwarded to {@code node}. */
        record Remote(String node) implements Route {}
    }

    /**
     * Routes a call (upstream's {@code rest_handler}): after the permission check, a method with
     * {@code proxyto} whose node is another one than this ({@code localhost} is this one) is
     * forwarded; every other call is answered here.
     */
    Route route(HttpMethod method, String relUri, Caller caller, ObjectNode params) {
        Optional<HandlerMatch> match = root.findHandler(method, relUri);
        if (match.isEmpty()) {
            return new Route.Local(ApiResult.error(501, "Method '" + method + " " + relUri + "' not implemented"));
        }
        HandlerMatch m = match.get();
        try {
            mergeUriParams(m.uriParams(), params);
            access.checkPermissions(m.method(), relUri, caller, params);
            Optional<String> remote = remoteNode(m, params);
            if (remote.isPresent()) {
                return new Route.Remote(remote.get());
            }
            HttpEnvironment env = new HttpEnvironment(caller, access, tasks);
            JsonNode data = m.handler().handle(m.method(), params, env, false);
            ApiResult ok = ApiResult.ok(data == null ? tools.jackson.databind.node.NullNode.getInstance() : data);
            return new Route.Local(env.attribute("total").map(ok::withTotal).orElse(ok));
        } catch (ApiException e) {
            return new Route.Local(ApiResult.error(e.code() == 0 ? 500 : e.code(), e.msg(), e.errors()));
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Route.Local(ApiResult.error(500, msg));
        }
    }

    /**
     * The other node a {@code proxyto} method's call belongs to, if any (upstream's
     * {@code resolve_proxyto}); without a local node name nothing is forwarded.
     *
     * @throws ApiException 400 {@code {node: "proxyto parameter does not exist"}} when the named
     *     parameter is missing
     */
    private Optional<String> remoteNode(HandlerMatch m, ObjectNode params) {
        if (localNode.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> node;
        if (m.method().proxyToCallback().isPresent()) {
            node = Optional.ofNullable(m.method().proxyToCallback().get().apply(params));
        } else if (m.method().proxyTo().isPresent()) {
            String param = m.method().proxyTo().get();
            JsonNode value = params.get(param);
            if (PerlScalar.isUndefined(value)) {
                throw ApiException.param(Map.of(param, "proxyto parameter does not exist"));
            }
            node = Optional.of(PerlScalar.text(value));
        } else {
            return Optional.empty();
        }
        return node.filter(n -> !n.equals("localhost") && !n.equals(localNode.get()));
    }

    /** URI values join the parameters; a parameter given with another value is an error. */
    private static void mergeUriParams(Map<String, String> uriParams, ObjectNode params) {
        if (uriParams.isEmpty()) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        uriParams.forEach((k, v) -> {
            JsonNode given = params.get(k);
            if (given != null && !given.isNull() && !(given.isValueNode() && PerlScalar.text(given).equals(v))) {
                errors.put(k, CONFLICT);
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.param(errors);
        }
        uriParams.forEach(params::put);
    }
}
