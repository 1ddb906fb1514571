package dev.jpve.cli;

import java.util.Optional;

/** The {@code output-format} of a CLI command: how {@link ApiResultPrinter} prints a result. */
public enum OutputFormat {
    /** A text table, or the plain value ({@code text}). */
    TEXT("text"),
    /** Compact JSON with sorted keys ({@code json}). */
    JSON("json"),
    /** Perl-style pretty JSON: sorted keys, 3-space indent, {@code " : "} ({@code json-pretty}). */
    JSON_PRETTY("json-pretty"),
    /** A YAML document ({@code yaml}). */
    YAML("yaml");

    private final String wireName;

    OutputFormat(String wireName) {
        this.wireName = wireName;
    }

    /** The name used on the command line ({@code text}, {@code json}, {@code json-pretty}, {@code yaml}). */
    public String wireName() {
        return wireName;
    }

    /** The format with the given command-line name, if any. */
    public static Optional<OutputFormat> fromWireName(String name) {
        for (OutputFormat f : values()) {
            if (f.wireName.equals(name)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
