package dev.jpve.http;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/** The {@code %08X} timestamps of tickets and CSRF tokens and upstream's age window. */
final class TicketTime {
    /** Upstream's clock-drift grace: tickets up to 5 minutes from the future are accepted. */
    static final long MIN_AGE = -300;
    /** Upstream's ticket lifetime: 2 hours. */
    static final long MAX_AGE = 7200;

    private TicketTime() {}

    static String format(long epochSeconds) {
        return String.format(Locale.ROOT, "%08X", epochSeconds);
    }

    /** The age of an 8-character timestamp, if it lies strictly inside (min, max). */
    static Optional<Long> age(String ts, long now, long minAge, long maxAge) {
        if (ts.length() != 8) {
            return Optional.empty();
        }
        long time;
        try {
            time = HexFormat.fromHexDigitsToLong(ts);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        long age = now - time;
        return age > minAge && age < maxAge ? Optional.of(age) : Optional.empty();
    }
}
