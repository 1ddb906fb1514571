package dev.jpve.conformance;

import tools.jackson.databind.node.ObjectNode;

/**
 * Answers the cases of one conformance name (see {@code spec/conformance.md}).
 *
 * <p>A handler fills {@code result} with the fields of a successful answer ({@code ok} and
 * {@code id} are added by the driver), or throws: an {@link dev.jpve.conformance.CaseFailure}
 * carries the exact failure fields, any other exception becomes {@code "error": message}.
 */
@FunctionalInterface
public interface CaseHandler {
    /** Handles one case; {@code input} is the whole input line, {@code result} starts empty. */
    void handle(ObjectNode input, ObjectNode result) throws Exception;
}
