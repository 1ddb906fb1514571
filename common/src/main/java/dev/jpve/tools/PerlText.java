package dev.jpve.tools;

import java.nio.charset.StandardCharsets;

/**
 * The bytes Perl writes for a string printed to a handle without an encoding layer: one byte
 * per character (Latin-1) unless some character is beyond U+00FF, then the whole string as
 * UTF-8; with {@code forceUtf8} always UTF-8.
 */
final class PerlText {
    private PerlText() {}

    static byte[] bytes(String text, boolean forceUtf8) {
        if (forceUtf8 || hasWideCharacter(text)) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static boolean hasWideCharacter(String text) {
        return text.chars().anyMatch(c -> c > 0xFF);
    }
}
