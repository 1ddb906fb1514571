package dev.jpve.procfs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load averages from {@code /proc/loadavg} ({@code read_loadavg}), kept as written.
 *
 * @param one the 1-minute average, e.g. {@code "0.52"}
 * @param five the 5-minute average
 * @param fifteen the 15-minute average
 */
public record LoadAverage(String one, String five, String fifteen) {
    private static final String AVERAGE = "([0-9]+\\.[0-9]+)";
    private static final Pattern LINE = Pattern.compile("^" + AVERAGE + "\\s+" + AVERAGE + "\\s+" + AVERAGE
            + "\\s+[0-9]+/[0-9]+\\s+[0-9]+", Pattern.UNIX_LINES);
    private static final LoadAverage NONE = new LoadAverage("0", "0", "0");

    /** Checks that no component is null. */
    public LoadAverage {
        Objects.requireNonNull(one, "one");
        Objects.requireNonNull(five, "five");
        Objects.requireNonNull(fifteen, "fifteen");
    }

    /** Parses the first line of {@code /proc/loadavg}; all {@code "0"} when it does not parse. */
    public static LoadAverage parse(String line) {
        Objects.requireNonNull(line, "line");
        Matcher m = LINE.matcher(line);
        return m.find() ? new LoadAverage(m.group(1), m.group(2), m.group(3)) : NONE;
    }

    /** Reads {@code /proc/loadavg}; all {@code "0"} when it cannot be read. */
    public static LoadAverage read() {
        return ProcFiles.firstLine(ProcRoot.DEFAULT.resolve("loadavg"))
                .map(LoadAverage::parse).orElse(NONE);
    }
}
