package dev.jpve.tools;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The percent encoding of free text in config files ({@code encode_text} / {@code decode_text}),
 * used for guest descriptions.
 *
 * {@snippet :
 * TextEncoding.encode("Hello: 100%"); // "Hello%3A 100%25"
 * TextEncoding.decode("Gr%C3%BC%c3%9Fe"); // "Grüße"
 * }
 */
public final class TextEncoding {
    private static final HexFormat UPPER_HEX = HexFormat.of().withUpperCase();

    private TextEncoding() {}

    /**
     * Encodes the text as UTF-8 and writes every byte outside {@code 0x20-0x24},
     * {@code 0x26-0x39}, {@code 0x3B-0x7E} as {@code %XX} (upper-case hex): control characters,
     * {@code %}, {@code :}, DEL and all non-ASCII bytes.
     */
    public static String encode(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            if (isPlain(b)) {
                out.append((char) b);
            } else {
                out.append('%').append(UPPER_HEX.toHexDigits(b));
            }
        }
        return out.toString();
    }

    /**
     * Decodes every valid {@code %XX} (hex in either case; other {@code %} stay as they are),
     * then reads the bytes as UTF-8 (malformed sequences become U+FFFD).
     */
    public static String decode(String text) {
        Objects.requireNonNull(text, "text");
        byte[] in = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        for (int i = 0; i < in.length; i++) {
            if (in[i] == '%' && i + 2 < in.length && isHex(in[i + 1]) && isHex(in[i + 2])) {
                out.write(Character.digit(in[i + 1], 16) * 16 + Character.digit(in[i + 2], 16));
                i += 2;
            } else {
                out.write(in[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isPlain(byte b) {
        return (b >= 0x20 && b <= 0x24) || (b >= 0x26 && b <= 0x39) || (b >= 0x3B && b <= 0x7E);
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
