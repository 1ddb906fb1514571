package dev.jpve.schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Checks of definitions against upstream's meta-schemas (spec 1.10): {@code validate_schema}
 * for a schema given as JSON, and {@code validate_method_info} for a method definition. A bad
 * definition is refused when it is registered, with upstream's texts:
 * {@code 400 internal error - unable to verify schema\n} (or {@code ... method info\n}) and one
 * error per offending key, such as
 * {@code properties.a.fixed: property is not defined in schema and the schema does not allow additional properties}.
 */
public final class SchemaDefinitions {
    /** The keywords a schema may use. */
    public static final Set<String> SCHEMA_KEYWORDS = Set.of("type", "oneOf", "allOf", "instance-types",
            "instance-type", "type-property", "type-property-schema", "optional", "properties", "items",
            "additionalProperties", "minimum", "maximum", "minLength", "maxLength", "typetext", "pattern", "enum",
            "description", "verbose_description", "format_description", "title", "renderer", "requires", "format",
            "default_key", "alias", "keyAlias", "default", "completion", "links", "print_width");
    /** The types a schema may name. */
    public static final List<String> TYPES = List.of("string", "object", "coderef", "array", "boolean", "number",
            "integer", "null", "any");
    private static final Set<String> METHOD_KEYS = Set.of("description", "name", "method", "protected",
            "expose_credentials", "allowtoken", "download", "download_allowed", "proxyto", "proxyto_callback",
            "resolve_type", "permissions", "match_name", "match_re", "path", "fragmentDelimiter", "parameters",
            "returns", "code", "subclass");
    private static final Set<String> SUBCLASS_KEYS = Set.of("subclass", "path", "match_name", "match_re",
            "fragmentDelimiter");
    private static final List<String> NAMED_METHOD_REQUIRED = List.of("description", "code", "method",
            "parameters", "path", "returns");
    private static final String NOT_DEFINED =
            "property is not defined in schema and the schema does not allow additional properties";
    private static final String MISSING = "property is missing and it is not optional";
    private static final int MAX_DEPTH = 64;

    private SchemaDefinitions() {}

    /**
     * Upstream's {@code validate_schema}: only known keywords, known types, {@code keyAlias} only
     * with {@code alias}, numbers where numbers belong, recursively.
     *
     * @throws ApiException {@code 400 internal error - unable to verify schema\n} with the errors
     */
    public static void validateSchema(JsonNode schema) {
        Objects.requireNonNull(schema, "schema");
        Map<String, String> errors = new LinkedHashMap<>();
        checkSchema(schema, "", errors, 0);
        if (!errors.isEmpty()) {
            throw ApiException.of(400, "internal error - unable to verify schema\n", errors);
        }
    }

    /**
     * Upstream's {@code validate_method_info}, then {@link #validateSchema} of its
     * {@code parameters} and {@code returns}.
     *
     * @throws ApiException {@code 400 internal error - unable to verify method info\n} with the errors
     */
    public static void validateMethodInfo(JsonNode info) {
        Objects.requireNonNull(info, "info");
        Map<String, String> errors = new LinkedHashMap<>();
        checkMethod(info, errors);
        if (!errors.isEmpty()) {
            throw ApiException.of(400, "internal error - unable to verify method info\n", errors);
        }
        for (String part : List.of("parameters", "returns")) {
            if (info.has(part)) {
                validateSchema(info.get(part));
            }
        }
    }

    private static void checkMethod(JsonNode info, Map<String, String> errors) {
        if (!info.isObject()) {
            errors.put("", "type check ('object') failed");
            return;
        }
        Set<String> allowed = info.has("subclass") ? SUBCLASS_KEYS : METHOD_KEYS;
        info.propertyNames().forEach(key -> {
            if (!allowed.contains(key)) {
                errors.put(key, NOT_DEFINED);
            }
        });
        if (!info.has("path")) {
            errors.put("path", MISSING);
        }
        if (info.has("name")) {
            NAMED_METHOD_REQUIRED.stream().filter(k -> !info.has(k)).forEach(k -> errors.putIfAbsent(k, MISSING));
        }
        if (info.has("method")) {
            enumValue("method", info.get("method"), List.of("GET", "POST", "PUT", "DELETE"), errors);
        }
        JsonNode permissions = info.get("permissions");
        if (permissions != null && permissions.isObject()) {
            permissions.propertyNames().forEach(key -> {
                if (!Set.of("description", "user", "check").contains(key)) {
                    errors.put("permissions." + key, NOT_DEFINED);
                }
            });
            if (permissions.has("user")) {
                enumValue("permissions.user", permissions.get("user"), List.of("all", "world"), errors);
            }
        }
    }

    private static void checkSchema(JsonNode schema, String path, Map<String, String> errors, int depth) {
        if (depth > MAX_DEPTH) {
            errors.put(path.isEmpty() ? "schema" : path, "schema nested too deeply");
            return;
        }
        if (!schema.isObject()) {
            errors.put(path.isEmpty() ? "schema" : path, "type check ('object') failed");
            return;
        }
        schema.properties().forEach(e -> checkKeyword(e.getKey(), e.getValue(), path, errors, depth));
        if (schema.has("keyAlias") && !schema.has("alias")) {
            errors.put(at(path, "alias"), "missing property required by '" + at(path, "keyAlias") + "'");
        }
    }

    private static void checkKeyword(String key, JsonNode value, String path, Map<String, String> errors, int depth) {
        String here = at(path, key);
        if (!SCHEMA_KEYWORDS.contains(key)) {
            errors.put(here, NOT_DEFINED);
            return;
        }
        switch (key) {
            case "type" -> checkType(here, value, errors);
            case "properties" -> value.properties().forEach(
                    e -> checkSchema(e.getValue(), at(here, e.getKey()), errors, depth + 1));
            case "items", "type-property-schema" -> checkSchema(value, here, errors, depth + 1);
            case "additionalProperties" -> {
                if (value.isObject()) {
                    checkSchema(value, here, errors, depth + 1);
                }
            }
            case "allOf", "oneOf" -> {
                for (int i = 0; i < value.size(); i++) {
                    checkSchema(value.get(i), here + "[" + i + "]", errors, depth + 1);
                }
            }
            case "minimum", "maximum" -> number(here, value, false, errors);
            case "minLength", "maxLength", "print_width" -> number(here, value, true, errors);
            default -> { }
        }
    }

    private static void checkType(String path, JsonNode value, Map<String, String> errors) {
        if (value.isArray()) {
            for (JsonNode member : value) {
                if (member.isString()) {
                    enumValue(path, member, TYPES, errors);
                }
            }
        } else if (value.isString()) {
            enumValue(path, value, TYPES, errors);
        }
    }

    private static void enumValue(String path, JsonNode value, List<String> allowed, Map<String, String> errors) {
        String text = value.isString() ? value.stringValue() : value.toString();
        if (!allowed.contains(text)) {
            errors.put(path, "value '" + text + "' does not have a value in the enumeration '"
                    + String.join(", ", allowed) + "'");
        }
    }

    private static void number(String path, JsonNode value, boolean integer, Map<String, String> errors) {
        String text = value.isString() || value.isNumber() ? PerlScalar.text(value) : null;
        boolean ok = text != null && (integer ? PerlScalar.isInteger(text) : PerlScalar.isNumber(text));
        if (!ok) {
            String got = value.isArray() ? "ARRAY" : value.isObject() ? "HASH" : String.valueOf(text);
            errors.put(path, "type check ('" + (integer ? "integer" : "number") + "') failed - got '" + got + "'");
        }
    }

    private static String at(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }
}
