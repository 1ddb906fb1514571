package dev.jpve.cli;

import tools.jackson.databind.JsonNode;

/**
 * Turns a defined property value into human-readable text (a schema's {@code renderer}).
 *
 * <p>Renderers are only called for defined values and only when human-readable output is on.
 */
@FunctionalInterface
public interface Renderer {
    /**
     * Renders one value.
     *
     * @param value the value, never undefined
     * @param options the formatter options (the {@code bytes} renderer reads its precision there)
     * @param terminal what is known about the terminal
     */
    String render(JsonNode value, OutputOptions options, TerminalOptions terminal);
}
