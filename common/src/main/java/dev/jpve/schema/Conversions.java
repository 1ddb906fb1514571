package dev.jpve.schema;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;

/** Upstream's {@code parse_size}, {@code format_size} and {@code parse_boolean}. */
public final class Conversions {
    private static final String[] UNITS = {"", "K", "M", "G", "T"};

    private Conversions() {}

    /**
     * Parses a size: digits with an optional fraction and an optional unit {@code K M G T} (optionally
     * with {@code iB}), powers of 1024, truncated to an integer ({@code 1.5G} is 1610612736).
     *
     * @return empty if the text is not a size (lowercase units, spaces, {@code P}) or too large
     */
    public static OptionalLong parseSize(String text) {
        String s = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
        }
        if (i == 0) {
            return OptionalLong.empty();
        }
        if (i < s.length() && s.charAt(i) == '.') {
            int j = i + 1;
            while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                j++;
            }
            if (j == i + 1) {
                return OptionalLong.empty();
            }
            i = j;
        }
        int unit = unit(s.substring(i));
        if (unit < 0) {
            return OptionalLong.empty();
        }
        BigDecimal v = new BigDecimal(s.substring(0, i)).multiply(BigDecimal.valueOf(1L << (10 * unit)));
        try {
            return OptionalLong.of(v.toBigInteger().longValueExact());
        } catch (ArithmeticException e) {
            return OptionalLong.empty();
        }
    }

    private static int unit(String suffix) {
        if (suffix.isEmpty()) {
            return 0;
        }
        String u = suffix.endsWith("iB") && suffix.length() == 3 ? suffix.substring(0, 1) : suffix;
        for (int k = 1; k < UNITS.length; k++) {
            if (UNITS[k].equals(u)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Formats a size with the largest unit of {@code K M G T} that divides it exactly
     * ({@code 1024} is {@code 1K}, {@code 1536} stays {@code 1536}). QUIRK kept: {@code 0} is {@code 0T}.
     */
    public static String formatSize(long size) {
        for (int k = UNITS.length - 1; k >= 1; k--) {
            long unit = 1L << (10 * k);
            if (size % unit == 0) {
                return (size / unit) + UNITS[k];
            }
        }
        return Long.toString(size);
    }

    /**
     * Parses a boolean word, case-insensitive and untrimmed: {@code 1 on yes true} and
     * {@code 0 off no false}; anything else is empty.
     */
    public static Optional<Boolean> parseBoolean(String text) {
        String s = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "1", "on", "yes", "true" -> Optional.of(true);
            case "0", "off", "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
