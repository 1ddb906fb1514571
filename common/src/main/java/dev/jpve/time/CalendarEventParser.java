package dev.jpve.time;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The recursive-descent port of proxmox-time's nom parser for calendar events.
 *
 * <p>Each method mirrors one nom combinator chain; a nom {@code Error} is a {@link Fail} carrying
 * what nom's {@code VerboseError} would hold first (the remaining input and the error kind), and
 * every {@code opt}/{@code separated_list1} that swallows errors in the original catches it here.
 */
final class CalendarEventParser {
    private final String s;

    private CalendarEventParser(String s) {
        this.s = s;
    }

    static CalendarEvent parse(String text) {
        String i = text;
        boolean utc = false;
        if (i.endsWith("UTC")) {
            utc = true;
            int end = i.length() - 3;
            while (end > 0 && i.charAt(end - 1) == ' ') {
                end--;
            }
            i = i.substring(0, end);
        }
        try {
            return new CalendarEventParser(i).event(utc);
        } catch (Fail f) {
            throw new CalendarEventException("unable to parse calendar event at '" + f.rest + "' - " + f.kind);
        }
    }

    /** {@code parse_calendar_event_incomplete} followed by nom's {@code all_consuming}. */
    private CalendarEvent event(boolean utc) {
        int pos = 0;
        boolean hasDays = false;
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        if (!s.isEmpty() && ascii(s.charAt(0))) {
            CalendarEvent special = SpecialEvents.named(s, utc);
            if (special != null) {
                return special;
            }
            Parsed<Set<DayOfWeek>> first = weekdayRange(0);
            days.addAll(first.value());
            pos = first.end();
            while (s.startsWith(",", pos)) {
                Parsed<Set<DayOfWeek>> next = optional(pos + 1, this::weekdayRange);
                if (next == null) {
                    break;
                }
                days.addAll(next.value());
                pos = next.end();
            }
            hasDays = true;
            pos = space0(pos);
        }
        List<DateTimeValue> none = List.of();
        List<DateTimeValue> zero = List.of(new DateTimeValue.Single(0));
        Parsed<List<List<DateTimeValue>>> date = optional(pos, this::dateSpec);
        if (date != null) {
            pos = space0(date.end());
        }
        Parsed<List<List<DateTimeValue>>> time = optional(pos, this::timeSpec);
        if (time != null) {
            pos = time.end();
        }
        if (!hasDays && date == null && time == null) {
            throw new Fail(s.substring(pos), context("date or time specification"));
        }
        if (pos != s.length()) {
            throw new Fail(s.substring(pos), "Nom(Eof)");
        }
        List<List<DateTimeValue>> t = time == null ? List.of(zero, zero, zero) : time.value();
        List<List<DateTimeValue>> d = date == null ? List.of(none, none, none) : date.value();
        return new CalendarEvent(utc, days, t.get(2), t.get(1), t.get(0), d.get(2), d.get(1), d.get(0));
    }

    /** {@code parse_weekday}: a run of letters naming a day (the error names only the word). */
    private Parsed<DayOfWeek> weekday(int pos) {
        int end = pos;
        while (end < s.length() && ascii(s.charAt(end))) {
            end++;
        }
        if (end == pos) {
            throw new Fail(s.substring(pos), "Nom(Alpha)");
        }
        String text = s.substring(pos, end);
        DayOfWeek day = switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "monday", "mon" -> DayOfWeek.MONDAY;
            case "tuesday", "tue" -> DayOfWeek.TUESDAY;
            case "wednesday", "wed" -> DayOfWeek.WEDNESDAY;
            case "thursday", "thu" -> DayOfWeek.THURSDAY;
            case "friday", "fri" -> DayOfWeek.FRIDAY;
            case "saturday", "sat" -> DayOfWeek.SATURDAY;
            case "sunday", "sun" -> DayOfWeek.SUNDAY;
            default -> throw new Fail(text, context("weekday"));
        };
        return new Parsed<>(end, day);
    }

    /** {@code parse_weekdays_range}: a day or {@code start..end}, wrapping past Sunday. */
    private Parsed<Set<DayOfWeek>> weekdayRange(int pos) {
        Parsed<DayOfWeek> start = weekday(pos);
        Parsed<DayOfWeek> end = s.startsWith("..", start.end()) ? optional(start.end() + 2, this::weekday) : null;
        if (end == null) {
            return new Parsed<>(start.end(), EnumSet.of(start.value()));
        }
        Set<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        DayOfWeek d = start.value();
        set.add(d);
        while (d != end.value()) {
            d = d.plus(1);
            set.add(d);
        }
        return new Parsed<>(end.end(), set);
    }

    /** {@code parse_time_spec}: {@code [H:]M[:S]}, hours and seconds optional. */
    private Parsed<List<List<DateTimeValue>>> timeSpec(int pos) {
        Parsed<List<DateTimeValue>> hour = optional(pos, p -> {
            Parsed<List<DateTimeValue>> h = compList(p, 0, 24);
            return new Parsed<>(tag(h.end(), ":"), h.value());
        });
        Parsed<List<DateTimeValue>> minute = compList(hour == null ? pos : hour.end(), 0, 60);
        Parsed<List<DateTimeValue>> second = s.startsWith(":", minute.end())
                ? optional(minute.end() + 1, p -> compList(p, 0, 60)) : null;
        int end = second == null ? minute.end() : second.end();
        return new Parsed<>(end, List.of(hour == null ? List.of() : hour.value(), minute.value(),
                second == null ? List.of(new DateTimeValue.Single(0)) : second.value()));
    }

    /** {@code parse_date_spec}: {@code Y-M-D} or {@code M-D}; lists of year, month, day. */
    private Parsed<List<List<DateTimeValue>>> dateSpec(int pos) {
        Parsed<List<List<DateTimeValue>>> full = optional(pos, p -> {
            Parsed<List<DateTimeValue>> y = compList(p, 0, 2200);
            Parsed<List<DateTimeValue>> m = compList(tag(y.end(), "-"), 1, 13);
            Parsed<List<DateTimeValue>> d = compList(tag(m.end(), "-"), 1, 32);
            return new Parsed<>(d.end(), List.of(y.value(), m.value(), d.value()));
        });
        if (full != null) {
            return full;
        }
        Parsed<List<List<DateTimeValue>>> monthDay = optional(pos, p -> {
            Parsed<List<DateTimeValue>> m = compList(p, 1, 13);
            Parsed<List<DateTimeValue>> d = compList(tag(m.end(), "-"), 1, 32);
            return new Parsed<>(d.end(), List.of(List.of(), m.value(), d.value()));
        });
        if (monthDay == null) {
            throw new Fail(s.substring(pos), context("invalid date spec"));
        }
        return monthDay;
    }

    /** {@code parse_date_time_comp_list}: {@code *}, {@code *}{@code /N} or a comma list of values. */
    private Parsed<List<DateTimeValue>> compList(int pos, int start, int max) {
        if (s.startsWith("*", pos)) {
            int rest = pos + 1;
            if (s.startsWith("/", rest)) {
                Parsed<Integer> repeat = timeComp(rest + 1, max);
                if (repeat.value() > 0) {
                    return new Parsed<>(repeat.end(),
                            List.of(new DateTimeValue.Repeated(start, repeat.value(), Optional.empty())));
                }
            }
            return new Parsed<>(rest, List.of());
        }
        List<DateTimeValue> values = new ArrayList<>();
        Parsed<DateTimeValue> first = comp(pos, max);
        values.add(first.value());
        int end = first.end();
        while (s.startsWith(",", end)) {
            Parsed<DateTimeValue> next = optional(end + 1, p -> comp(p, max));
            if (next == null) {
                break;
            }
            values.add(next.value());
            end = next.end();
        }
        return new Parsed<>(end, values);
    }

    /** {@code parse_date_time_comp}: {@code N}, {@code N..M}, {@code N/R} or {@code N..M/R}. */
    private Parsed<DateTimeValue> comp(int pos, int max) {
        Parsed<Integer> value = timeComp(pos, max);
        Parsed<Integer> end = s.startsWith("..", value.end()) ? optional(value.end() + 2, p -> timeComp(p, max)) : null;
        int v = value.value();
        if (end != null) {
            if (v > end.value()) {
                throw new Fail(s.substring(end.end()), context("range start is bigger than end"));
            }
            if (s.startsWith("/", end.end())) {
                Parsed<Integer> repeat = timeComp(end.end() + 1, max);
                return new Parsed<>(repeat.end(), new DateTimeValue.Repeated(v, repeat.value(), Optional.of(end.value())));
            }
            return new Parsed<>(end.end(), new DateTimeValue.Range(v, end.value()));
        }
        if (s.startsWith("/", value.end())) {
            Parsed<Integer> repeat = timeComp(value.end() + 1, max);
            return new Parsed<>(repeat.end(), new DateTimeValue.Repeated(v, repeat.value(), Optional.empty()));
        }
        return new Parsed<>(value.end(), new DateTimeValue.Single(v));
    }

    /** {@code parse_time_comp}: decimal digits as a u32, below {@code max}. */
    private Parsed<Integer> timeComp(int pos, int max) {
        int end = pos;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        if (end == pos) {
            throw new Fail(s.substring(pos), "Nom(Digit)");
        }
        String digits = s.substring(pos, end);
        long v = digits.replaceFirst("^0+(?=.)", "").length() > 10 ? Long.MAX_VALUE : Long.parseLong(digits);
        if (v > 0xFFFF_FFFFL) {
            throw new Fail(s.substring(pos), "Nom(MapRes)");
        }
        if (v >= max) {
            throw new Fail(s.substring(end), context("time value too large"));
        }
        return new Parsed<>(end, (int) v);
    }

    private int tag(int pos, String tag) {
        if (!s.startsWith(tag, pos)) {
            throw new Fail(s.substring(pos), "Nom(Tag)");
        }
        return pos + tag.length();
    }

    /** nom's {@code space0}: spaces and tabs. */
    private int space0(int pos) {
        while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
            pos++;
        }
        return pos;
    }

    /** nom's {@code opt}: null when the parser fails. */
    private static <T> Parsed<T> optional(int pos, Step<T> step) {
        try {
            return step.at(pos);
        } catch (Fail f) {
            return null;
        }
    }

    private static boolean ascii(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static String context(String text) {
        return "Context(\"" + text + "\")";
    }

    /** A parser step from a position. */
    @FunctionalInterface
    private interface Step<T> {
        Parsed<T> at(int pos);
    }

    /** A parsed value and the position after it. */
    private record Parsed<T>(int end, T value) {}

    /** A nom {@code Error}: the remaining input at the first error and its kind, as Debug-printed. */
    private static final class Fail extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String rest;
        final String kind;

        Fail(String rest, String kind) {
            super(null, null, false, false);
            this.rest = rest;
            this.kind = kind;
        }
    }
}
