package dev.jpve.tools;

import tools.jackson.databind.JsonNode;

/**
 * Work that {@link Fork} runs in a child JVM. Implementations need a public no-argument
 * constructor, since the child creates its own instance by class name.
 *
 * <p>The result must be JSON-serialisable (a {@link JsonNode}, a String, a number, a boolean,
 * a Map or List of those, or null); it crosses the process boundary as JSON, as upstream's
 * result does. An exception's message becomes the caller's {@link ForkException} text.
 */
@FunctionalInterface
public interface ForkTask {
    /** Does the work with the JSON arguments the caller gave. */
    Object call(JsonNode args) throws Exception;
}
