package dev.jpve.rest;

import dev.jpve.schema.ApiException;
import dev.jpve.schema.Formats;
import dev.jpve.schema.SchemaDefinitions;
import dev.jpve.schema.Validator;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A set of API methods under one root, with other handlers mounted below paths (upstream: one
 * {@code PVE::RESTHandler} subclass).
 *
 * <p>Immutable once built. The builder checks every registration as upstream does: the method
 * definition (spec 1.10), the path (a level holds either one parameter component or fixed
 * names), duplicate methods and names.
 *
 * {@snippet :
 * ApiHandler qemu = ApiHandler.builder("PVE::API2::Qemu").register(INDEX).register(STATUS).build();
 * ApiHandler root = ApiHandler.builder("PVE::API2").mount("nodes/{node}/qemu", qemu).build();
 * Optional<HandlerMatch> m = root.findHandler(HttpMethod.GET, "/nodes/n1/qemu/100/status");
 * }
 */
public final class ApiHandler {
    private static final Pattern PARAM_COMPONENT = Pattern.compile("\\{([\\w-]+)(:(.*))?}");

    private final String name;
    private final Formats formats;
    private final PathNode root;
    private final List<Registration> registrations;
    private final Map<String, ApiMethod> byName;
    private final Map<ApiMethod, MethodValidators> validators;

    private ApiHandler(Builder b) {
        this.name = b.name;
        this.formats = b.formats;
        this.root = b.root;
        this.registrations = List.copyOf(b.registrations);
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(b.byName));
        IdentityHashMap<ApiMethod, MethodValidators> v = new IdentityHashMap<>();
        byName.values().forEach(m -> v.put(m, MethodValidators.of(m, formats)));
        this.validators = v;
    }

    /** A builder for a handler named like its upstream class ({@code PVE::API2::Qemu}). */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /** The handler's name, used in error messages. */
    public String name() {
        return name;
    }

    /** The formats parameters are validated with. */
    public Formats formats() {
        return formats;
    }

    /** This handler's own methods, in registration order. */
    public List<ApiMethod> methods() {
        return List.copyOf(byName.values());
    }

    /** The method with this name, among this handler's own methods. */
    public Optional<ApiMethod> method(String methodName) {
        return Optional.ofNullable(byName.get(methodName));
    }

    List<Registration> registrations() {
        return registrations;
    }

    /**
     * Finds the method serving a request (upstream's {@code find_handler}).
     *
     * <p>The path is split at slashes, empty parts ignored. Each component descends into a fixed
     * folder, or must match the level's parameter regex as a whole; reaching a mount continues in
     * the mounted handler (a mount with the fragment delimiter {@code ""} hands all remaining
     * components to it as one, joined with {@code /}).
     *
     * @return the match, empty when no method is defined for the path and HTTP method
     */
    public Optional<HandlerMatch> findHandler(HttpMethod method, String path) {
        Objects.requireNonNull(method, "method");
        List<String> stack = components(path);
        ApiHandler handler = this;
        PathNode node = root;
        Map<String, String> uriParams = new LinkedHashMap<>();
        StringBuilder template = new StringBuilder();
        for (int i = 0; i < stack.size(); i++) {
            String comp = stack.get(i);
            if (node.param != null) {
                if (!node.paramPattern.matcher(comp).matches()) {
                    return Optional.empty();
                }
                uriParams.put(node.paramName, comp);
                template.append("/{").append(node.paramName).append('}');
                node = node.param;
            } else {
                node = node.folders.get(comp);
                if (node == null) {
                    return Optional.empty();
                }
                template.append('/').append(comp);
            }
            if (node.mount != null) {
                PathNode.Mount mount = node.mount;
                if (mount.fragmentDelimiter().isPresent() && i + 2 < stack.size()) {
                    String rest = String.join("/", stack.subList(i + 1, stack.size()));
                    stack = new ArrayList<>(stack.subList(0, i + 1));
                    stack.add(rest);
                }
                handler = mount.handler();
                node = handler.root;
            }
        }
        ApiMethod found = node.methods.get(method);
        return found == null ? Optional.empty()
                : Optional.of(new HandlerMatch(handler, found, uriParams, template.toString()));
    }

    private static List<String> components(String path) {
        List<String> parts = new ArrayList<>(8);
        int start = 0;
        int len = path.length();
        while (start < len) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = len;
            }
            if (end > start) {
                parts.add(path.substring(start, end));
            }
            start = end + 1;
        }
        return parts;
    }

    /**
     * Calls a method of this handler by name (upstream's {@code Class->name(params)}).
     *
     * @throws IllegalArgumentException {@code no such method 'NAME::METHOD'\n} if there is none
     * @see #handle(ApiMethod, ObjectNode, RestEnvironment, boolean)
     */
    public JsonNode call(String methodName, ObjectNode params, RestEnvironment env) {
        ApiMethod m = method(methodName).orElseThrow(() ->
                new IllegalArgumentException("no such method '" + name + "::" + methodName + "'\n"));
        return handle(m, params, env, false);
    }

    /**
     * Calls a method with checked parameters (upstream's {@code handle}).
     *
     * <p>Steps: compute a missing {@code type} with the method's resolver; the legacy
     * normalisation (at the top level, a truthy array given for a string property with a
     * {@code -list} format is joined with commas, a truthy scalar given for an array property
     * becomes a one-element array); validation against the parameter schema (aliases are moved
     * to their targets in {@code params}); the call; then, if {@code verifyResult}, validation of
     * the result against the return schema.
     *
     * @throws ApiException 400 {@code Parameter verification failed.} or
     *     {@code Result verification failed}, or whatever the code throws
     */
    public JsonNode handle(ApiMethod method, ObjectNode params, RestEnvironment env, boolean verifyResult) {
        Objects.requireNonNull(params, "params");
        Objects.requireNonNull(env, "env");
        MethodValidators v = validators.get(method);
        if (v == null) {
            v = MethodValidators.of(method, formats);
        }
        v.checkParameters(method, params);
        JsonNode result = method.code().call(params, env);
        if (verifyResult) {
            v.checkResult(result);
        }
        return result;
    }

    /** Builder of {@link ApiHandler}. */
    public static final class Builder {
        private final String name;
        private Formats formats = Formats.standard();
        private final PathNode root = new PathNode();
        private final List<Registration> registrations = new ArrayList<>();
        private final Map<String, ApiMethod> byName = new LinkedHashMap<>();

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the formats parameters are validated with (default: {@link Formats#standard()}). */
        public Builder formats(Formats value) {
            formats = Objects.requireNonNull(value, "formats");
            return this;
        }

        /**
         * Registers a method (upstream's {@code register_method}).
         *
         * @throws dev.jpve.schema.ApiException if the definition fails the method checks (spec 1.10)
         * @throws IllegalArgumentException {@code register method NAME/PATH - ...} for path
         *     conflicts, duplicate methods and duplicate names
         */
        public Builder register(ApiMethod method) {
            SchemaDefinitions.validateMethodInfo(checkedInfo(method));
            String errPrefix = "register method " + name + "/" + method.path() + " -";
            PathNode node = walk(method.path(), errPrefix);
            if (node.methods.containsKey(method.method())) {
                throw new IllegalArgumentException(errPrefix + " duplicate method definition");
            }
            if (byName.containsKey(method.name())) {
                throw new IllegalArgumentException(errPrefix + " method name already defined");
            }
            node.methods.put(method.method(), method);
            byName.put(method.name(), method);
            registrations.add(new Registration.Method(method));
            return this;
        }

        /** Mounts another handler at a path (upstream's {@code subclass} registration). */
        public Builder mount(String path, ApiHandler handler) {
            return mount(path, handler, Optional.empty());
        }

        /**
         * Mounts another handler at a path, with a fragment delimiter: {@code ""} hands the whole
         * rest of a request path to the mounted handler as one component (so {@code {path}} can
         * match {@code a/b/c}).
         *
         * @throws IllegalArgumentException for a delimiter other than {@code ""}, path conflicts,
         *     and a mount point that already carries methods or a mount
         */
        public Builder mount(String path, ApiHandler handler, Optional<String> fragmentDelimiter) {
            Objects.requireNonNull(handler, "handler");
            String errPrefix = "register subclass " + handler.name() + " at " + name + "/" + path + " -";
            fragmentDelimiter.filter(d -> !d.isEmpty()).ifPresent(d -> {
                throw new IllegalArgumentException(errPrefix + " unsupported fragmentDelimiter '" + d + "'");
            });
            PathNode node = walk(path, errPrefix);
            if (node.mount != null) {
                throw new IllegalArgumentException(errPrefix + " duplicate method definition");
            }
            for (HttpMethod m : HttpMethod.values()) {
                if (node.methods.containsKey(m)) {
                    throw new IllegalArgumentException(errPrefix + " duplicate method definition SUBCLASS and " + m);
                }
            }
            node.mount = new PathNode.Mount(path, handler, fragmentDelimiter);
            registrations.add(new Registration.Mounted(node.mount));
            return this;
        }

        /** Builds the handler. */
        public ApiHandler build() {
            return new ApiHandler(this);
        }

        private PathNode walk(String path, String errPrefix) {
            PathNode node = root;
            if (path.isEmpty()) {
                return node;
            }
            for (String comp : path.split("/+")) {
                if (comp.isEmpty()) {
                    throw new IllegalArgumentException(errPrefix + " path compoment has zero length");
                }
                Matcher m = PARAM_COMPONENT.matcher(comp);
                if (m.matches()) {
                    String regex = m.group(3);
                    boolean unset = regex == null || regex.isEmpty() || regex.equals("0");
                    node = node.enterParam(m.group(1), unset ? "\\S+" : regex, errPrefix);
                } else {
                    node = node.enterFolder(comp, errPrefix);
                }
            }
            return node;
        }

        private static ObjectNode checkedInfo(ApiMethod method) {
            ObjectNode info = method.toJson();
            info.put("code", 1);
            return info;
        }
    }
}
