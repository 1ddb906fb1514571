package dev.jpve.procfs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pressure-stall file ({@code parse_pressure}): the {@code some} and {@code full} lines.
 *
 * @param some the share of time at least one task stalled, when the file has the line
 * @param full the share of time all tasks stalled, when the file has the line
 */
public record Pressure(Optional<Stall> some, Optional<Stall> full) {
    private static final Pattern LINE = Pattern.compile(
            "^(some|full)\\s+avg10=([0-9.]+)\\s+avg60=([0-9.]+)\\s+avg300=([0-9.]+)\\s+total=([0-9]+)");

    /**
     * The averages (percent) and the total stall time (microseconds) of one line.
     *
     * @param avg10 over 10 seconds
     * @param avg60 over 60 seconds
     * @param avg300 over 300 seconds
     * @param total accumulated stall time in microseconds
     */
    public record Stall(double avg10, double avg60, double avg300, long total) {}

    /** Checks that no component is null. */
    public Pressure {
        Objects.requireNonNull(some, "some");
        Objects.requireNonNull(full, "full");
    }

    /** Parses the text of a pressure file; lines that do not fit are ignored. */
    public static Pressure parse(String text) {
        Objects.requireNonNull(text, "text");
        Optional<Stall> some = Optional.empty();
        Optional<Stall> full = Optional.empty();
        for (String line : text.split("\n")) {
            Matcher m = LINE.matcher(line);
            if (m.find()) {
                Optional<Stall> stall = stall(m);
                if (m.group(1).equals("some")) {
                    some = stall;
                } else {
                    full = stall;
                }
            }
        }
        return new Pressure(some, full);
    }

    /** Reads a pressure file; empty when it does not exist. */
    public static Optional<Pressure> read(Path file) {
        return ProcFiles.readAll(file).map(Pressure::parse);
    }

    private static Optional<Stall> stall(Matcher m) {
        try {
            return Optional.of(new Stall(Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                    Double.parseDouble(m.group(4)), Long.parseLong(m.group(5))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
