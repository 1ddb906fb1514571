package dev.jpve.format;

/**
 * Seconds as {@code 2w 21h 22m 24s} ({@code render_duration}).
 *
 * <p>The input is rounded half away from zero first; zero (and anything under half a second)
 * gives {@code 0s}, a negative duration gives the empty text. Only non-zero units are written.
 * With {@code autoLimitAccuracy}, minutes are left out once there are weeks, and seconds once
 * there are days or weeks.
 *
 * {@snippet :
 * Durations.render(3661, false); // "1h 1m 1s"
 * Durations.render(90061, true); // "1d 1h 1m"
 * }
 */
public final class Durations {
    private static final long[] UNIT_SECONDS = {604800, 86400, 3600, 60, 1};
    private static final String[] UNIT_NAMES = {"w", "d", "h", "m", "s"};

    private Durations() {}

    /** Renders a duration in seconds (fractions allowed). */
    public static String render(double seconds, boolean autoLimitAccuracy) {
        double rounded = Math.signum(seconds) * Math.floor(Math.abs(seconds) + 0.5);
        if (rounded == 0 || Double.isNaN(rounded)) {
            return "0s";
        }
        if (rounded < 0) {
            return "";
        }
        long[] parts = split((long) rounded);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] > 0 && !(autoLimitAccuracy && omitted(i, parts))) {
                text.append(text.isEmpty() ? "" : " ").append(parts[i]).append(UNIT_NAMES[i]);
            }
        }
        return text.toString();
    }

    /** Renders a duration in seconds at full accuracy. */
    public static String render(double seconds) {
        return render(seconds, false);
    }

    private static long[] split(long rest) {
        long[] parts = new long[UNIT_SECONDS.length];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = rest / UNIT_SECONDS[i];
            rest -= parts[i] * UNIT_SECONDS[i];
        }
        return parts;
    }

    private static boolean omitted(int unit, long[] parts) {
        boolean weeks = parts[0] > 0;
        boolean days = parts[1] > 0;
        return (unit == 3 && weeks) || (unit == 4 && (weeks || days));
    }
}
