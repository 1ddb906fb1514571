package dev.jpve.section;

import java.util.Objects;

/**
 * One value that could not be parsed (an entry of upstream's {@code errors} list).
 *
 * {@snippet :
 * for (ParseError e : data.errors()) {
 *     log.warn(e.context() + ": " + e.err());   // "file storage.cfg line 12: ...\n"
 * }
 * }
 *
 * @param context {@code file F line N}
 * @param section the section ID
 * @param key the property key
 * @param err the error text, with its trailing newline
 */
public record ParseError(String context, String section, String key, String err) {
    /** Checks the arguments. */
    public ParseError {
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(err, "err");
    }
}
