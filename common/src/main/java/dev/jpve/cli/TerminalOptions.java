package dev.jpve.cli;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What upstream's {@code query_terminal_options} learns about standard output.
 *
 * @param columns the terminal width; every table line is cut to it (upstream: only known when
 *     standard output is a terminal)
 * @param utf8 draw table borders with UTF-8 box characters
 * @param encoding the terminal's character set (locale codeset, e.g. {@code UTF-8} or
 *     {@code ANSI_X3.4-1968}); table lines are encoded in it, characters it cannot represent
 *     become {@code ?}; empty: UTF-8
 */
public record TerminalOptions(OptionalInt columns, boolean utf8, Optional<String> encoding) {

    /** Checks the arguments. */
    public TerminalOptions {
        Objects.requireNonNull(columns, "columns");
        Objects.requireNonNull(encoding, "encoding");
    }

    /** No terminal: no width limit, ASCII borders, UTF-8 (what {@code print_api_result_plain} uses). */
    public static TerminalOptions none() {
        return new TerminalOptions(OptionalInt.empty(), false, Optional.empty());
    }

    /**
     * A terminal with the given codeset and optional width; borders use UTF-8 box characters
     * exactly when the codeset is {@code UTF-8}, as upstream decides.
     */
    public static TerminalOptions of(String encoding, OptionalInt columns) {
        return new TerminalOptions(columns, encoding.equals("UTF-8"), Optional.of(encoding));
    }

    /**
     * What standard output of this process is: the width when it is a terminal, the codeset of
     * the locale the environment selects ({@code LC_ALL}, {@code LC_CTYPE}, {@code LANG}; none, or
     * {@code C}/{@code POSIX}, is {@code ANSI_X3.4-1968}).
     */
    public static TerminalOptions detect(java.util.Map<String, String> env) {
        OptionalInt cols = dev.jpve.tools.posix.Terminal.isTerminal(1) ? dev.jpve.tools.posix.Terminal.columns(1)
                : OptionalInt.empty();
        return of(codeset(env), cols);
    }

    static String codeset(java.util.Map<String, String> env) {
        String locale = java.util.stream.Stream.of("LC_ALL", "LC_CTYPE", "LANG").map(env::get)
                .filter(v -> v != null && !v.isEmpty()).findFirst().orElse("C");
        int dot = locale.indexOf('.');
        if (dot < 0) {
            return "ANSI_X3.4-1968";
        }
        String cs = locale.substring(dot + 1);
        int at = cs.indexOf('@');
        cs = at < 0 ? cs : cs.substring(0, at);
        String norm = cs.replace("-", "").toLowerCase(java.util.Locale.ROOT);
        return norm.equals("utf8") ? "UTF-8" : cs.toUpperCase(java.util.Locale.ROOT);
    }

    /** A copy with the given width. */
    public TerminalOptions withColumns(int width) {
        return new TerminalOptions(OptionalInt.of(width), utf8, encoding);
    }
}
