package dev.jpve.schema;

import java.util.Objects;

/**
 * A numeric schema bound ({@code minimum}, {@code maximum}) with the text Perl would print for it.
 *
 * @param value the numeric value used for comparisons
 * @param text the Perl string form used in messages ({@code 999999999}, {@code 1.5}, or a string
 *     bound exactly as given)
 * @param quoted whether the bound was given as a JSON string (kept for the round trip)
 */
public record Num(double value, String text, boolean quoted) {
    /** Checks the arguments. */
    public Num {
        Objects.requireNonNull(text, "text");
    }

    /** A bound given as a number. */
    public static Num of(double value) {
        return new Num(value, PerlScalar.number(value), false);
    }

    /** A bound given as a number. */
    public static Num of(long value) {
        return new Num(value, Long.toString(value), false);
    }

    /**
     * A bound given as text, as upstream allows ({@code minimum: "0"}).
     *
     * @throws IllegalArgumentException if the text does not look like a number
     */
    public static Num parse(String text) {
        if (!PerlScalar.isNumber(text)) {
            throw new IllegalArgumentException("not a number '" + text + "'");
        }
        return new Num(Double.parseDouble(text.strip()), text, true);
    }
}
