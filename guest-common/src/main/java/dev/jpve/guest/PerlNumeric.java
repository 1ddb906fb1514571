package dev.jpve.guest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Perl's numeric reading of a string: its leading decimal number, 0 if there is none. */
final class PerlNumeric {
    private static final Pattern LEADING = Pattern.compile("^\\s*([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)");

    private PerlNumeric() {}

    static double value(String text) {
        Matcher m = LEADING.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
