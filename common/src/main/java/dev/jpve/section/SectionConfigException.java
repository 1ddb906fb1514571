package dev.jpve.section;

import java.util.Objects;

/**
 * A section or value is refused; the message is upstream's {@code die} text, byte for byte
 * (usually ending with {@code \n}).
 *
 * {@snippet :
 * try {
 *     config.checkConfig("dir", "local", section, false, false);
 * } catch (SectionConfigException e) {
 *     e.getMessage();   // "can't change value of fixed parameter 'path'\n"
 * }
 * }
 */
public final class SectionConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** An error with upstream's text. */
    public SectionConfigException(String message) {
        super(Objects.requireNonNull(message, "message"), null, false, false);
    }
}
