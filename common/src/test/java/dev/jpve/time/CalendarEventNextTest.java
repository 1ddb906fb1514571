package dev.jpve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.OptionalLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** compute_next_event: the next trigger of a calendar event after an epoch second. */
class CalendarEventNextTest {
    /** 2000-01-06, a Thursday, 00:00:00 UTC (proxmox-time's reference point in its own tests). */
    static final long THURSDAY = 947_116_800L;
    static final long MIN = 60;
    static final long HOUR = 3600;
    static final long DAY = 86_400;

    private static long next(String event, long last) {
        return CalendarEvent.parse(event).next(last, ZoneOffset.UTC).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "*:0          | 3600",
        "*:*          | 60",
        "*:*:*        | 1",
        "*:3:5        | 185",
        "*/15         | 900",
        "mon *:*      | 345600",
        "mon 2:50     | 355800",
        "tue          | 432000",
        "thu          | 604800",
        "fri          | 86400",
        "mon,wed      | 345600",
        "8..17/2:00   | 28800",
        "hourly       | 3600",
        "daily        | 86400",
        "weekly       | 345600",
        "monthly      | 2246400",
        "yearly       | 31190400",
    })
    void theNextTriggerAfterThursdayMidnight(String event, long offset) {
        assertThat(next(event, THURSDAY)).isEqualTo(THURSDAY + offset);
    }

    @Test
    void datesSkipMonthsAndYearsThatLackTheDay() {
        long jan31 = ZonedDateTime.of(2001, 1, 31, 23, 59, 59, 0, ZoneOffset.UTC).toEpochSecond();
        assertThat(next("*-*-31", jan31)).isEqualTo(ZonedDateTime.of(2001, 3, 31, 0, 0, 0, 0, ZoneOffset.UTC)
                .toEpochSecond());
        assertThat(next("*-02-29 12:00", THURSDAY)).isEqualTo(ZonedDateTime.of(2000, 2, 29, 12, 0, 0, 0,
                ZoneOffset.UTC).toEpochSecond());
        assertThat(next("*-02-29 12:00", THURSDAY + 60 * DAY)).isEqualTo(ZonedDateTime.of(2004, 2, 29, 12, 0, 0, 0,
                ZoneOffset.UTC).toEpochSecond());
    }

    @Test
    void anEventThatCannotHappenAgainHasNoNextTrigger() {
        assertThat(CalendarEvent.parse("*-02-30").next(THURSDAY, ZoneOffset.UTC)).isEmpty();
        assertThat(CalendarEvent.parse("1999-01-01").next(THURSDAY, ZoneOffset.UTC)).isEmpty();
    }

    @Test
    void localTimeUnlessTheEventSaysUtc() {
        ZoneId vienna = ZoneId.of("Europe/Vienna"); // UTC+1 in January
        assertThat(CalendarEvent.parse("08:00").next(THURSDAY, vienna)).isEqualTo(OptionalLong.of(THURSDAY + 7 * HOUR));
        assertThat(CalendarEvent.parse("08:00 UTC").next(THURSDAY, vienna))
                .isEqualTo(OptionalLong.of(THURSDAY + 8 * HOUR));
    }

    @Property(tries = 300)
    void theNextTriggerIsLaterAndMatchesNothingInBetweenForEveryQuarterHour(
            @ForAll @LongRange(min = 0, max = 4_000_000_000L) long last) {
        long n = next("*/15", last);
        assertThat(n).isGreaterThan(last).isLessThanOrEqualTo(last + 15 * MIN);
        assertThat(n % (15 * MIN)).isZero();
    }
}
