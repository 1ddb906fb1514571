package dev.jpve.tools.internal.command;

/** Perl's notion of truth for strings, which upstream's behaviour depends on. */
final class PerlTruth {
    private PerlTruth() {}

    /** False for null (undef), {@code ""} and {@code "0"}; true otherwise. */
    static boolean isTrue(String value) {
        return value != null && !value.isEmpty() && !value.equals("0");
    }
}
