package dev.jpve.tools;

/** Perl's notion of truth for strings, which upstream's behaviour depends on. */
final class Perl {
    private Perl() {}

    /** False for null (undef), {@code ""} and {@code "0"}; true otherwise. */
    static boolean isTrue(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }
}
