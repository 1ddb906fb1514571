package dev.jpve.schema;

import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A {@code pattern}, compiled once the way upstream applies it: {@code ^ + source + $}, no group.
 *
 * <p>Java's {@code $} with {@link Pattern#UNIX_LINES} accepts one final {@code \n} as Perl's does.
 * Equality is by source text.
 *
 * @param source the pattern as written in the schema
 * @param compiled the anchored pattern
 */
public record Regex(String source, Pattern compiled) {
    /** Checks the arguments. */
    public Regex {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(compiled, "compiled");
    }

    /**
     * Compiles a schema pattern.
     *
     * @throws IllegalArgumentException naming the key {@code pattern} if the regex is bad
     */
    public static Regex of(String source) {
        try {
            return new Regex(source, Pattern.compile("^" + source + "$", Pattern.UNIX_LINES));
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("pattern: invalid regex '" + source + "' - " + e.getDescription(), e);
        }
    }

    /** Whether the text matches (search semantics, so {@code a|b} means "starts with a or ends with b"). */
    public boolean matches(CharSequence text) {
        return compiled.matcher(text).find();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Regex r && r.source.equals(source);
    }

    @Override
    public int hashCode() {
        return source.hashCode();
    }

    @Override
    public String toString() {
        return source;
    }
}
