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

    Dispatcher(ApiHandler root, AccessControl access, Optional<TaskRunner> tasks) {
        this.root = root;
        this.access = access;
        this.tasks = tasks;
    }

    ApiResult dispatch(HttpMethod method, String relUri, Caller caller, ObjectNode params) {
        Optional<HandlerMatch> match = root.findHandler(method, relUri);
        if (match.isEmpty()) {
            return ApiResult.error(501, "Method '" + method + " " + relUri + "' not implemented");
        }
        HandlerMatch m = match.get();
        try {
            mergeUriParams(m.uriParams(), params);
            access.checkPermissions(m.method(), relUri, caller, params);
            HttpEnvironment env = new HttpEnvironment(caller, access, tasks);
            JsonNode data = m.handler().handle(m.method(), params, env, false);
            ApiResult ok = ApiResult.ok(data == null ? tools.jackson.databind.node.NullNode.getInstance() : data);
            return env.attribute("total").map(ok::withTotal).orElse(ok);
        } catch (ApiException e) {
            return ApiResult.error(e.code() == 0 ? 500 : e.code(), e.msg(), e.errors());
        } catch (RuntimeException e) {
            String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return ApiResult.error(500, msg);
        }
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
