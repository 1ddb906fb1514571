package dev.jpve.node.shell;

import dev.jpve.rest.HttpMethod;
import java.util.Optional;

/** The commands that call an API method, with the HTTP method each one maps to. */
enum ShellCommand {
    /** {@code get}: GET. */
    GET("get", HttpMethod.GET),
    /** {@code set}: PUT. */
    SET("set", HttpMethod.PUT),
    /** {@code create}: POST. */
    CREATE("create", HttpMethod.POST),
    /** {@code delete}: DELETE. */
    DELETE("delete", HttpMethod.DELETE);

    private final String word;
    private final HttpMethod http;

    ShellCommand(String word, HttpMethod http) {
        this.word = word;
        this.http = http;
    }

    String word() {
        return word;
    }

    HttpMethod http() {
        return http;
    }

    /** The command named {@code word}. */
    static Optional<ShellCommand> of(String word) {
        for (ShellCommand c : values()) {
            if (c.word.equals(word)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
