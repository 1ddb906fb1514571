package dev.jpve.schema;

/**
 * Checks one value against a code-based format (upstream: a format registered with a sub).
 *
 * {@snippet :
 * formats.register("pve-poolid", v -> {
 *     if (!v.matches("[A-Za-z0-9_\\-]+")) throw new FormatException("invalid pool ID '" + v + "'\n");
 *     return v;
 * });
 * }
 */
@FunctionalInterface
public interface FormatVerifier {
    /**
     * Verifies a value.
     *
     * @return the value, possibly normalised (upstream returns what the verifier returns)
     * @throws FormatException with upstream's message (ending with {@code \n}) if the value is bad
     */
    String verify(String value);
}
