package dev.jpve.format;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * Epoch seconds as {@code YYYY-MM-DD HH:MM:SS} ({@code render_timestamp},
 * {@code render_timestamp_gmt}).
 *
 * {@snippet :
 * Timestamps.renderGmt(1612776831); // "2021-02-08 09:33:51"
 * }
 */
public final class Timestamps {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss");

    private Timestamps() {}

    /** The time in the system's default time zone. */
    public static String render(long epochSeconds) {
        return render(epochSeconds, ZoneId.systemDefault());
    }

    /** The time in the given zone. */
    public static String render(long epochSeconds, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        return FORMAT.format(Instant.ofEpochSecond(epochSeconds).atZone(zone));
    }

    /** The time in UTC. */
    public static String renderGmt(long epochSeconds) {
        return render(epochSeconds, ZoneOffset.UTC);
    }
}
