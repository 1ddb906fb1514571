package dev.jpve.rest;

import dev.jpve.schema.Schema;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One API method, defined once and served as REST endpoint, CLI command and documentation
 * (upstream's {@code register_method} info).
 *
 * <p>Built with {@link #builder(String)} in upstream's order; registered in an
 * {@link ApiHandler}, which checks the definition (spec 1.10) and the path.
 *
 * {@snippet :
 * static final ApiMethod STATUS = ApiMethod.builder("status")
 *     .path("{vmid}/status")
 *     .get()
 *     .description("Show VM status.")
 *     .permissions(Permissions.anyUser())
 *     .parameters(ObjectSchema.builder().property("vmid", StandardOptions.PVE_VMID).build())
 *     .returns(ObjectSchema.builder().build())
 *     .code((params, env) -> status(params.get("vmid").asInt()))
 *     .build();
 * }
 *
 * @param name the name the method is called by (CLI, {@link ApiHandler#call}); unique per handler
 * @param path the URI template relative to the handler ({@code ""} is its root; {@code {vmid}}
 *     or {@code {name:REGEX}} components are parameters)
 * @param method the HTTP method
 * @param description {@code description}
 * @param parameters {@code parameters}: an object-like schema
 * @param returns {@code returns}: the schema of the result
 * @param permissions {@code permissions}; absent means root only
 * @param protectedCall {@code protected}: must run in the privileged daemon
 * @param proxyTo {@code proxyto}: the parameter naming the node the call is proxied to
 * @param proxyToCallback {@code proxyto_callback}: computes the node from the parameters
 * @param allowToken {@code allowtoken}: callable with API tokens (default true)
 * @param download {@code download}: the result describes a file to download
 * @param downloadAllowed {@code download_allowed}: the caller may ask for a download
 * @param exposeCredentials {@code expose_credentials}: the code sees the caller's ticket or token
 * @param resolveType {@code resolve_type}: computes the {@code type} parameter when omitted
 * @param code the implementation
 */
public record ApiMethod(String name, String path, HttpMethod method, Optional<String> description,
        Optional<Schema> parameters, Optional<Schema> returns, Optional<Permissions> permissions,
        boolean protectedCall, Optional<String> proxyTo, Optional<Function<ObjectNode, String>> proxyToCallback,
        boolean allowToken, boolean download, boolean downloadAllowed, boolean exposeCredentials,
        Optional<Function<ObjectNode, Optional<String>>> resolveType, MethodCode code) {

    /** Checks that nothing is null and the name is not empty. */
    public ApiMethod {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("name: must not be empty");
        }
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(parameters, "parameters");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(permissions, "permissions");
        Objects.requireNonNull(proxyTo, "proxyTo");
        Objects.requireNonNull(proxyToCallback, "proxyToCallback");
        Objects.requireNonNull(resolveType, "resolveType");
        Objects.requireNonNull(code, "code");
    }

    /** A builder for a GET method at the handler root, with nothing else set. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    /**
     * The method info as JSON, as upstream's API dump shows it before schema cloning: every key
     * that is set, {@code method} and {@code allowtoken} always; never the code or callbacks.
     */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        json.put("path", path);
        json.put("method", method.name());
        description.ifPresent(d -> json.put("description", d));
        permissions.ifPresent(p -> json.set("permissions", p.toJson()));
        parameters.ifPresent(p -> json.set("parameters", p.toJson()));
        returns.ifPresent(r -> json.set("returns", r.toJson()));
        flag(json, "protected", protectedCall);
        proxyTo.ifPresent(p -> json.put("proxyto", p));
        json.put("allowtoken", allowToken ? 1 : 0);
        flag(json, "download", download);
        flag(json, "download_allowed", downloadAllowed);
        flag(json, "expose_credentials", exposeCredentials);
        return json;
    }

    private static void flag(ObjectNode json, String key, boolean value) {
        if (value) {
            json.put(key, 1);
        }
    }

    /** Builder of {@link ApiMethod}; reads in upstream's order. */
    public static final class Builder {
        private final String name;
        private String path = "";
        private HttpMethod method = HttpMethod.GET;
        private Optional<String> description = Optional.empty();
        private Optional<Schema> parameters = Optional.empty();
        private Optional<Schema> returns = Optional.empty();
        private Optional<Permissions> permissions = Optional.empty();
        private boolean protectedCall;
        private Optional<String> proxyTo = Optional.empty();
        private Optional<Function<ObjectNode, String>> proxyToCallback = Optional.empty();
        private boolean allowToken = true;
        private boolean download;
        private boolean downloadAllowed;
        private boolean exposeCredentials;
        private Optional<Function<ObjectNode, Optional<String>>> resolveType = Optional.empty();
        private MethodCode code;

        private Builder(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** Sets the URI template relative to the handler. */
        public Builder path(String value) {
            path = Objects.requireNonNull(value, "path");
            return this;
        }

        /** Sets the HTTP method. */
        public Builder method(HttpMethod value) {
            method = Objects.requireNonNull(value, "method");
            return this;
        }

        /** A GET method (the default). */
        public Builder get() {
            return method(HttpMethod.GET);
        }

        /** A POST method. */
        public Builder post() {
            return method(HttpMethod.POST);
        }

        /** A PUT method. */
        public Builder put() {
            return method(HttpMethod.PUT);
        }

        /** A DELETE method. */
        public Builder delete() {
            return method(HttpMethod.DELETE);
        }

        /** Sets the description. */
        public Builder description(String value) {
            description = Optional.of(value);
            return this;
        }

        /** Sets the permissions. */
        public Builder permissions(Permissions value) {
            permissions = Optional.of(value);
            return this;
        }

        /** Sets the parameter schema. */
        public Builder parameters(Schema value) {
            parameters = Optional.of(value);
            return this;
        }

        /** Sets the result schema. */
        public Builder returns(Schema value) {
            returns = Optional.of(value);
            return this;
        }

        /** Marks the method as protected (runs in the privileged daemon). */
        public Builder protectedCall() {
            protectedCall = true;
            return this;
        }

        /** Proxies the call to the node named by this parameter. */
        public Builder proxyTo(String parameter) {
            proxyTo = Optional.of(parameter);
            return this;
        }

        /** Computes the node the call is proxied to. */
        public Builder proxyToCallback(Function<ObjectNode, String> callback) {
            proxyToCallback = Optional.of(callback);
            return this;
        }

        /** Sets whether API tokens may call the method (default true). */
        public Builder allowToken(boolean value) {
            allowToken = value;
            return this;
        }

        /** Marks the result as file-download information. */
        public Builder download() {
            download = true;
            return this;
        }

        /** Lets the caller ask for the result as a download. */
        public Builder downloadAllowed() {
            downloadAllowed = true;
            return this;
        }

        /** Makes the caller's credentials available to the code. */
        public Builder exposeCredentials() {
            exposeCredentials = true;
            return this;
        }

        /** Computes the {@code type} parameter when the caller omits it. */
        public Builder resolveType(Function<ObjectNode, Optional<String>> resolver) {
            resolveType = Optional.of(resolver);
            return this;
        }

        /** Sets the implementation. */
        public Builder code(MethodCode value) {
            code = value;
            return this;
        }

        /**
         * Builds the method.
         *
         * @throws NullPointerException if no code was set
         */
        public ApiMethod build() {
            return new ApiMethod(name, path, method, description, parameters, returns, permissions, protectedCall,
                    proxyTo, proxyToCallback, allowToken, download, downloadAllowed, exposeCredentials, resolveType,
                    code);
        }
    }
}
