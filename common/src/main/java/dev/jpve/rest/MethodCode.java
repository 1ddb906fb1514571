package dev.jpve.rest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The implementation of an API method: validated parameters in, result out. */
@FunctionalInterface
public interface MethodCode {

    /**
     * Runs the method.
     *
     * @param params the parameters, already validated against the method's schema (aliases
     *     resolved); the code may modify them
     * @param env the caller
     * @return the result; {@code NullNode} for none
     * @throws dev.jpve.schema.ApiException for failures with an HTTP status
     */
    JsonNode call(ObjectNode params, RestEnvironment env);
}
