package dev.jpve.time;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A parsed systemd-like calendar event (proxmox-time's {@code CalendarEvent}).
 *
 * <p>An empty list means "any value" for that field; an empty {@code days} set means every day.
 *
 * {@snippet :
 * CalendarEvent e = CalendarEvent.parse("mon..fri 8..17/2:00");
 * e.days();   // [MONDAY, ..., FRIDAY]
 * e.hour();   // [Repeated[start=8, repetition=2, end=Optional[17]]]
 * }
 *
 * @param utc whether the event is meant in UTC (a trailing {@code UTC}) rather than local time
 * @param days the weekdays the event triggers on
 * @param second the seconds
 * @param minute the minutes
 * @param hour the hours
 * @param day the days of the month
 * @param month the months
 * @param year the years
 */
public record CalendarEvent(boolean utc, Set<DayOfWeek> days, List<DateTimeValue> second,
        List<DateTimeValue> minute, List<DateTimeValue> hour, List<DateTimeValue> day,
        List<DateTimeValue> month, List<DateTimeValue> year) {

    /** Copies the collections. */
    public CalendarEvent {
        days = days.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(EnumSet.copyOf(days));
        second = List.copyOf(second);
        minute = List.copyOf(minute);
        hour = List.copyOf(hour);
        day = List.copyOf(day);
        month = List.copyOf(month);
        year = List.copyOf(year);
    }

    /**
     * Parses an event as proxmox-time does (no trimming: upstream's Perl wrapper trims first).
     *
     * @throws CalendarEventException with proxmox-time's message if the text is not an event
     */
    public static CalendarEvent parse(String text) {
        return CalendarEventParser.parse(Objects.requireNonNull(text, "text"));
    }

    /**
     * proxmox-time's {@code compute_next_event}: the first epoch second after {@code last} at
     * which the event triggers, in UTC for a {@code UTC} event and else in {@code localZone};
     * empty when it never does again (proxmox-time looks up to the year 9999).
     */
    public OptionalLong next(long last, ZoneId localZone) {
        return NextEvent.after(this, last, Objects.requireNonNull(localZone, "localZone"));
    }
}
