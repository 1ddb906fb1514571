package dev.jpve.node.shell;

import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.HttpMethod;
import dev.jpve.schema.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** What {@code ls} shows of a path: its child links and its capability string. */
final class ResourceCaps {
    private static final Pattern HREF_PROP = Pattern.compile("^\\{(\\S+)}$");

    private ResourceCaps() {}

    /**
     * Upstream's {@code method_get_child_link}: the first {@code links} entry with
     * {@code rel: child} of the method's array result.
     */
    static Optional<JsonNode> childLink(ApiMethod method) {
        Optional<Schema> returns = method.returns();
        if (returns.isEmpty() || !returns.get().typeName().filter("array"::equals).isPresent()) {
            return Optional.empty();
        }
        Optional<JsonNode> links = returns.get().common().links();
        if (links.isEmpty() || !links.get().isArray()) {
            return Optional.empty();
        }
        for (JsonNode link : links.get()) {
            if (link.isObject() && "child".equals(link.path("rel").asString(""))) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    /** Upstream's {@code extract_children}: the link property of each element, sorted by it. */
    static List<String> children(JsonNode link, JsonNode data) {
        List<String> out = new ArrayList<>();
        if (data == null || !data.isArray()) {
            return out;
        }
        Matcher m = HREF_PROP.matcher(link.path("href").asString(""));
        if (!m.matches()) {
            return out;
        }
        String prop = m.group(1);
        List<JsonNode> elems = new ArrayList<>();
        data.forEach(e -> {
            if (e.isObject()) {
                elems.add(e);
            }
        });
        elems.sort(Comparator.comparing(e -> e.path(prop).asString("")));
        elems.forEach(e -> out.add(e.path(prop).asString("")));
        return out;
    }

    /** Upstream's {@code resource_cap}: {@code D}/{@code -}, then {@code r}, {@code w}, {@code c}, {@code d}. */
    static String of(ApiHandler api, String path) {
        StringBuilder caps = new StringBuilder(5);
        Optional<ApiMethod> get = api.findHandler(HttpMethod.GET, path).map(h -> h.method());
        if (get.isEmpty()) {
            caps.append("--");
        } else {
            caps.append(childLink(get.get()).isPresent() ? "Dr" : "-r");
        }
        caps.append(api.findHandler(HttpMethod.PUT, path).isPresent() ? 'w' : '-');
        caps.append(api.findHandler(HttpMethod.POST, path).isPresent() ? 'c' : '-');
        caps.append(api.findHandler(HttpMethod.DELETE, path).isPresent() ? 'd' : '-');
        return caps.toString();
    }
}
