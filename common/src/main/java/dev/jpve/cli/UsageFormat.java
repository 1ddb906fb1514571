package dev.jpve.cli;

/** The forms of a command's usage text (upstream's {@code usage_str} formats). */
public enum UsageFormat {
    /** One line: the command and its arguments. */
    SHORT,
    /** The usage line and the options. */
    LONG,
    /** Like {@link #LONG}, plus the method's description. */
    FULL,
    /** AsciiDoc for man pages. */
    ASCIIDOC
}
