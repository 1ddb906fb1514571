package dev.jpve.format;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * C's {@code %.<n>f}, which Perl's {@code sprintf} uses: the exact binary value rounded to
 * {@code n} decimals, ties to even. Java's {@code String.format} rounds the shortest decimal
 * form half-up instead ({@code 0.125} gives {@code 0.13} there, {@code 0.12} in C).
 */
final class CFormat {
    private CFormat() {}

    /** {@code sprintf("%.<decimals>f", value)} as glibc and Perl print it. */
    static String fixed(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Inf" : "-Inf";
        }
        String digits = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = value < 0 || (value == 0 && 1 / value < 0);
        return negative && !digits.startsWith("-") ? "-" + digits : digits;
    }
}
