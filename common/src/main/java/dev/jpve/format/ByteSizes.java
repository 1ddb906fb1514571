package dev.jpve.format;

/**
 * A byte count in binary units: {@code 4.02 TiB} ({@code render_bytes}).
 *
 * <p>Values above 1023 are divided by the power of 1024 given by
 * {@code floor(ln(value) / ln(1024))}, so {@code 1048575} stays {@code 1024.00 KiB}. From
 * 1024<sup>6</sup> on the unit is empty ({@code "1.00 "}), as upstream's unit list ends at PiB.
 *
 * {@snippet :
 * ByteSizes.render(1536);          // "1.50 KiB"
 * ByteSizes.render(129282048, 1);  // "123.3 MiB"
 * }
 */
public final class ByteSizes {
    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};
    private static final int DEFAULT_PRECISION = 2;

    private ByteSizes() {}

    /** Renders with two decimals. */
    public static String render(double bytes) {
        return render(bytes, DEFAULT_PRECISION);
    }

    /**
     * Renders with {@code precision} decimals; 0 means the default of 2 (upstream treats a false
     * precision as not given).
     */
    public static String render(double bytes, int precision) {
        if (precision < 0) {
            throw new IllegalArgumentException("precision must not be negative, got " + precision);
        }
        int decimals = precision == 0 ? DEFAULT_PRECISION : precision;
        int index = 0;
        double value = bytes;
        if (bytes > 1023) {
            index = (int) Math.floor(Math.log(bytes) / Math.log(1024));
            value = bytes / Math.pow(1024, index);
        }
        String unit = index < UNITS.length ? UNITS[index] : "";
        return CFormat.fixed(value, decimals) + " " + unit;
    }
}
