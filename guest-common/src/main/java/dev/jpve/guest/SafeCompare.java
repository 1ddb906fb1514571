package dev.jpve.guest;

/**
 * Upstream's "not equal" helpers of {@code PVE::GuestHelpers} (spec guest.md 3.1): {@code null}
 * (Perl's undef) equals {@code null} and never a defined value.
 */
public final class SafeCompare {
    private SafeCompare() {}

    /** Upstream's {@code safe_num_ne}: numeric comparison as Perl reads the strings ({@code "1.0"} equals {@code "1"}). */
    public static boolean numNe(String a, String b) {
        if (a == null || b == null) {
            return a != b;
        }
        return PerlNumeric.value(a) != PerlNumeric.value(b);
    }

    /** Upstream's {@code safe_string_ne}. */
    public static boolean stringNe(String a, String b) {
        if (a == null || b == null) {
            return a != b;
        }
        return !a.equals(b);
    }

    /** Upstream's {@code safe_boolean_ne}: compares Perl truthiness ({@code null}, {@code ""} and {@code "0"} are false). */
    public static boolean booleanNe(String a, String b) {
        return ConfigLines.truthy(a) != ConfigLines.truthy(b);
    }

    /**
     * Upstream's {@code typesafe_ne}: by {@code string}, {@code number}/{@code integer} or {@code boolean}.
     *
     * @throws GuestConfigException {@code internal error: can't compare <a> and <b> with type <type>}
     *     for another type (upstream dies without a newline, so Perl appends its source position)
     */
    public static boolean typesafeNe(String a, String b, String type) {
        if (a == null || b == null) {
            return a != b;
        }
        return switch (type) {
            case "string" -> stringNe(a, b);
            case "number", "integer" -> numNe(a, b);
            case "boolean" -> booleanNe(a, b);
            default -> throw new GuestConfigException(
                    "internal error: can't compare " + a + " and " + b + " with type " + type);
        };
    }
}
