package dev.jpve.time;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * proxmox-time's {@code compute_next_event}: the first second after a given one at which a
 * calendar event triggers. Searched field by field from the year down: a field without a
 * matching value moves the next larger one on and resets the smaller ones.
 */
final class NextEvent {
    /** proxmox-time looks no further than this year. */
    static final int LAST_YEAR = 9999;

    private NextEvent() {}

    static OptionalLong after(CalendarEvent e, long last, ZoneId local) {
        ZoneId zone = e.utc() ? ZoneOffset.UTC : local;
        LocalDateTime t = LocalDateTime.ofInstant(java.time.Instant.ofEpochSecond(last + 1), zone);
        while (true) {
            OptionalInt year = next(e.year(), t.getYear(), LAST_YEAR);
            if (year.isEmpty()) {
                return OptionalLong.empty();
            }
            if (year.getAsInt() != t.getYear()) {
                t = LocalDateTime.of(year.getAsInt(), 1, 1, 0, 0);
                continue;
            }
            OptionalInt month = next(e.month(), t.getMonthValue(), 12);
            if (month.isEmpty()) {
                t = LocalDateTime.of(t.getYear() + 1, 1, 1, 0, 0);
                continue;
            }
            if (month.getAsInt() != t.getMonthValue()) {
                t = LocalDateTime.of(t.getYear(), month.getAsInt(), 1, 0, 0);
                continue;
            }
            LocalDate date = t.toLocalDate();
            OptionalInt day = next(e.day(), t.getDayOfMonth(), date.lengthOfMonth());
            if (day.isEmpty()) {
                t = date.withDayOfMonth(1).plusMonths(1).atStartOfDay();
                continue;
            }
            if (day.getAsInt() != t.getDayOfMonth()) {
                t = date.withDayOfMonth(day.getAsInt()).atStartOfDay();
                continue;
            }
            if (!e.days().isEmpty() && !e.days().contains(t.getDayOfWeek())) {
                t = date.plusDays(1).atStartOfDay();
                continue;
            }
            OptionalInt hour = next(e.hour(), t.getHour(), 23);
            if (hour.isEmpty()) {
                t = date.plusDays(1).atStartOfDay();
                continue;
            }
            if (hour.getAsInt() != t.getHour()) {
                t = date.atTime(hour.getAsInt(), 0);
                continue;
            }
            OptionalInt minute = next(e.minute(), t.getMinute(), 59);
            if (minute.isEmpty()) {
                t = date.atTime(t.getHour(), 0).plusHours(1);
                continue;
            }
            if (minute.getAsInt() != t.getMinute()) {
                t = date.atTime(t.getHour(), minute.getAsInt());
                continue;
            }
            OptionalInt second = next(e.second(), t.getSecond(), 59);
            if (second.isEmpty()) {
                t = date.atTime(t.getHour(), t.getMinute()).plusMinutes(1);
                continue;
            }
            t = t.withSecond(second.getAsInt());
            long epoch = t.atZone(zone).toEpochSecond(); // a time in a DST gap moves forward
            if (epoch > last) {
                return OptionalLong.of(epoch);
            }
            t = t.plusSeconds(1);
        }
    }

    /** The smallest value of the list that is at least {@code from} and at most {@code max}; any value for an empty list. */
    static OptionalInt next(List<DateTimeValue> values, int from, int max) {
        if (values.isEmpty()) {
            return from <= max ? OptionalInt.of(from) : OptionalInt.empty();
        }
        int best = Integer.MAX_VALUE;
        for (DateTimeValue v : values) {
            int candidate = switch (v) {
                case DateTimeValue.Single s -> s.value() >= from ? s.value() : Integer.MAX_VALUE;
                case DateTimeValue.Range r -> r.end() >= from ? Math.max(r.start(), from) : Integer.MAX_VALUE;
                case DateTimeValue.Repeated r -> repeated(r, from, max);
            };
            best = Math.min(best, candidate);
        }
        return best <= max ? OptionalInt.of(best) : OptionalInt.empty();
    }

    private static int repeated(DateTimeValue.Repeated r, int from, int max) {
        int end = r.end().orElse(max);
        if (from <= r.start()) {
            return r.start() <= end ? r.start() : Integer.MAX_VALUE;
        }
        if (r.repetition() == 0) {
            return Integer.MAX_VALUE;
        }
        long steps = (from - r.start() + r.repetition() - 1L) / r.repetition();
        long value = r.start() + steps * r.repetition();
        return value <= end ? (int) value : Integer.MAX_VALUE;
    }
}
