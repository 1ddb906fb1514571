package dev.jpve.http;

import dev.jpve.schema.ApiException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Evaluates a method's {@code check} expression (such as
 * {@code ["perm", "/vms/{vmid}", ["VM.Audit"]]}) for a caller; the ACL model plugs in here.
 */
@FunctionalInterface
public interface PermissionChecker {

    /**
     * Checks the expression.
     *
     * @param authId the authenticated id ({@code user@realm} or {@code user@realm!token})
     * @param check the expression as the method declares it
     * @param params the call's merged parameters (for {@code {param}} substitution)
     * @throws ApiException 403 ({@link ApiException#permission(String)}) when refused
     */
    void check(String authId, JsonNode check, ObjectNode params);

    /** A checker that refuses every expression (until an ACL model is configured). */
    static PermissionChecker denyAll() {
        return (authId, check, params) -> {
            throw ApiException.permission();
        };
    }
}
