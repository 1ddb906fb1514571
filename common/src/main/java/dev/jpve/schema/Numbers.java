package dev.jpve.schema;

/** Fast numeric value of a text that {@link PerlScalar#isNumber} accepted. */
final class Numbers {
    private Numbers() {}

    static double parse(String s) {
        int n = s.length();
        if (n > 0 && n <= 15) {
            int i = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
            long v = 0;
            int j = i;
            for (; j < n; j++) {
                char c = s.charAt(j);
                if (c < '0' || c > '9') {
                    break;
                }
                v = v * 10 + (c - '0');
            }
            if (j == n && j > i) {
                return s.charAt(0) == '-' ? -v : v;
            }
        }
        return Double.parseDouble(s.strip());
    }
}
