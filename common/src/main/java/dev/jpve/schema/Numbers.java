package dev.jpve.schema;

/** Fast numeric value of a text that {@link PerlScalar#isNumber} accepted. */
final class Numbers {
    private static final double[] POWERS = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
        1e13, 1e14, 1e15};

    private Numbers() {}

    /**
     * The value of a decimal text. Plain decimals of at most 15 digits are computed as
     * {@code digits / 10^k}: both operands are exact doubles, so the correctly rounded quotient is
     * the correctly rounded value, exactly what {@link Double#parseDouble} gives.
     */
    static double parse(String s) {
        int n = s.length();
        int i = n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+') ? 1 : 0;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (int j = i; j < n; j++) {
            char c = s.charAt(j);
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                if (++digits > 15) {
                    return Double.parseDouble(s.strip());
                }
            } else if (c == '.' && fraction < 0) {
                fraction = j;
            } else {
                return Double.parseDouble(s.strip());
            }
        }
        int scale = fraction < 0 ? 0 : n - fraction - 1;
        double v = scale == 0 ? mantissa : mantissa / POWERS[scale];
        return i == 1 && s.charAt(0) == '-' ? -v : v;
    }
}
