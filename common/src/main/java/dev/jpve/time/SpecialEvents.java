package dev.jpve.time;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/** The named shorthands ({@code minutely} ... {@code semiannually}) and what they stand for. */
final class SpecialEvents {
    private static final List<DateTimeValue> NONE = List.of();
    private static final List<DateTimeValue> ZERO = values(0);
    private static final List<DateTimeValue> ONE = values(1);

    private SpecialEvents() {}

    /** The event a name stands for (matched exactly, case-sensitive), or null. */
    static CalendarEvent named(String name, boolean utc) {
        return switch (name) {
            case "minutely" -> event(utc, Set.of(), NONE, NONE, NONE, NONE);
            case "hourly" -> event(utc, Set.of(), NONE, ZERO, NONE, NONE);
            case "daily" -> event(utc, Set.of(), ZERO, ZERO, NONE, NONE);
            case "weekly" -> event(utc, Set.of(DayOfWeek.MONDAY), ZERO, ZERO, NONE, NONE);
            case "monthly" -> event(utc, Set.of(), ZERO, ZERO, ONE, NONE);
            case "yearly", "annually" -> event(utc, Set.of(), ZERO, ZERO, ONE, ONE);
            case "quarterly" -> event(utc, Set.of(), ZERO, ZERO, ONE, values(1, 4, 7, 10));
            case "semiannually", "semi-annually" -> event(utc, Set.of(), ZERO, ZERO, ONE, values(1, 7));
            default -> null;
        };
    }

    private static CalendarEvent event(boolean utc, Set<DayOfWeek> days, List<DateTimeValue> hour,
            List<DateTimeValue> minute, List<DateTimeValue> day, List<DateTimeValue> month) {
        return new CalendarEvent(utc, days, ZERO, minute, hour, day, month, NONE);
    }

    private static List<DateTimeValue> values(int... values) {
        return java.util.Arrays.stream(values).<DateTimeValue>mapToObj(DateTimeValue.Single::new).toList();
    }
}
