package dev.jpve.tools;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Converts a size between binary units ({@code convert_size}): {@code b kb mb gb tb pb}, each
 * 1024 times the one before, names case-insensitive.
 *
 * <p>The result is rounded up to a whole number unless {@code noRoundUp}, then truncated.
 *
 * {@snippet :
 * Sizes.convert("1.5", "gb", "kb", false); // 1572864
 * Sizes.convert("500000", "b", "kb", true); // 488
 * }
 */
public final class Sizes {
    private static final Map<String, Integer> UNIT_INDEX = Map.of(
            "b", 0, "kb", 1, "mb", 2, "gb", 3, "tb", 4, "pb", 5);
    private static final Pattern NUMBER = Pattern.compile("[0-9]+\\.?[0-9]*|[0-9]*\\.[0-9]+");

    private Sizes() {}

    /**
     * Converts {@code value} from one unit to another.
     *
     * @param value the value's text (Perl's string form of the number): digits with an optional
     *     fraction; {@code ""} means "no value"
     * @param from the unit of {@code value}; {@code ""} means "not given"
     * @param to the unit of the result; {@code ""} means "not given"
     * @param noRoundUp truncate instead of rounding a fractional result up
     * @return the converted size (computed in double precision, as Perl does; results beyond
     *     {@code Long.MAX_VALUE} saturate)
     * @throws IllegalArgumentException with upstream's text: {@code no value given},
     *     {@code unknown 'from' and/or 'to' units (<from> => <to>)} or
     *     {@code value '<value>' is not a valid, positive number}
     */
    public static long convert(String value, String from, String to, boolean noRoundUp) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (value.isEmpty()) {
            throw new IllegalArgumentException("no value given");
        }
        String fromUnit = from.toLowerCase(Locale.ROOT);
        String toUnit = to.toLowerCase(Locale.ROOT);
        if (!UNIT_INDEX.containsKey(fromUnit) || !UNIT_INDEX.containsKey(toUnit)) {
            throw new IllegalArgumentException(
                    "unknown 'from' and/or 'to' units (" + fromUnit + " => " + toUnit + ")");
        }
        if (!NUMBER.matcher(value).matches()) {
            throw new IllegalArgumentException("value '" + value + "' is not a valid, positive number");
        }
        int shift = 10 * (UNIT_INDEX.get(fromUnit) - UNIT_INDEX.get(toUnit));
        double result = Double.parseDouble(value) * Math.pow(2, shift);
        if (!noRoundUp && result != Math.floor(result)) {
            result = Math.floor(result) + 1;
        }
        return (long) result;
    }
}
