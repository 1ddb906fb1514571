package dev.jpve.time;

import java.util.Optional;

/** One element of a calendar event's value list for a field (hour, minute, day, ...). */
public sealed interface DateTimeValue {
    /**
     * One value ({@code 5}).
     *
     * @param value the value
     */
    record Single(int value) implements DateTimeValue {}

    /**
     * An inclusive range ({@code 8..17}).
     *
     * @param start the first value
     * @param end the last value, never below {@code start}
     */
    record Range(int start, int end) implements DateTimeValue {}

    /**
     * A repetition ({@code 0/5}, {@code 8..17/2}, {@code *}{@code /15}): start, start + step, ... up to
     * the end (or the field's maximum when there is none).
     *
     * @param start the first value
     * @param repetition the step; 0 is accepted when written after a number, as upstream does
     * @param end the last value, if the repetition was written on a range
     */
    record Repeated(int start, int repetition, Optional<Integer> end) implements DateTimeValue {
        /** Checks the argument. */
        public Repeated {
            java.util.Objects.requireNonNull(end, "end");
        }
    }
}
