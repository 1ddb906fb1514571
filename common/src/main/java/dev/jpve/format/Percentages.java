package dev.jpve.format;

/**
 * A fraction as a percentage with two decimals ({@code render_fraction_as_percentage}).
 *
 * {@snippet :
 * Percentages.renderFraction(0.412); // "41.20%"
 * }
 */
public final class Percentages {
    private Percentages() {}

    /** {@code sprintf("%.2f%%", fraction * 100)}, rounded as C rounds. */
    public static String renderFraction(double fraction) {
        return CFormat.fixed(fraction * 100, 2) + "%";
    }
}
