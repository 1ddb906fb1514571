package dev.jpve.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarEventTest {
    private static DateTimeValue single(int v) {
        return new DateTimeValue.Single(v);
    }

    /** proxmox-time's test.rs vectors (test_compute_next_event, test_calendar_event_weekday). */
    @ParameterizedTest(name = "proxmox-time accepts ''{0}''")
    @ValueSource(strings = {
        "0", "*", "*:0", "*:*", "*:*:*", "*:3:5", "mon *:*", "mon 2:*", "mon 2:50", "tue", "wed", "thu", "fri",
        "sat", "sun", "4..10/2:0", "5,10:4,8", "10,5:8,4", "6,4..10:23,5/5", "4..10,6:5/5,23", "daily", "5/2:0",
        "1:0", "2020-07-31", "02-28", "02-29", "1965/5-01-01", "2020-7..9-2/2", "2020,2021-12-31", "monthly",
        "quarterly", "semiannually", "yearly", "2021-02-29", "02-30",
        "mon,wed..fri", "fri..mon", "mon", "MON", "monDay", "Tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "mon..fri", "mon,tue,fri", "mon,tue..wednesday,fri..sat"
    })
    void acceptsTheCrateTestVectors(String text) {
        assertThat(CalendarEvent.parse(text)).isNotNull();
    }

    /** pve-common's calendar_event_test.pl vectors that parse (and the special names). */
    @ParameterizedTest(name = "pve-common accepts ''{0}''")
    @ValueSource(strings = {
        "*/10", "*/12:0", "1/12:0/15", "1,4,6", "0..3", "23..23:0..3", "Mon", "sat..sun", "sun..sat", "Fri..Mon",
        "wed,mon..tue,fri", "mon */15", "22/1:0", "*/2:*", "20..22:*/30", "0,1,3..5", "2,4:0,1,3..5",
        "mon..fri UTC", "minutely", "hourly", "weekly", "annually", "semi-annually", "daily UTC", "*-*-01",
        "sat 03:30:15", "mon,wed 8..17/2:00", "12:00 UTC"
    })
    void acceptsThePveCommonVectors(String text) {
        assertThat(CalendarEvent.parse(text)).isNotNull();
    }

    /** Errors as proxmox-time prints them: the first nom error's remaining input and its Debug form. */
    @ParameterizedTest(name = "refuses ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "daily 03:30|daily|Context(\"weekday\")",
        "foo|foo|Context(\"weekday\")",
        "MINUTELY|MINUTELY|Context(\"weekday\")",
        "m0n|m|Context(\"weekday\")",
        "61|61|Context(\"date or time specification\")",
        "*/61|*/61|Context(\"date or time specification\")",
        "0..80|..80|Nom(Eof)",
        "mon 0 0 0|\" 0 0\"|Nom(Eof)",
        "mon 0 0|\" 0\"|Nom(Eof)",
        "mon,foo|,foo|Nom(Eof)",
        "mon..foo|..foo|Nom(Eof)",
        "10:61|10:61|Context(\"date or time specification\")",
        "mon 10:61|10:61|Nom(Eof)",
        "2020-13-01|2020-13-01|Context(\"date or time specification\")",
        "5..3|5..3|Context(\"date or time specification\")",
        "*/0|/0|Nom(Eof)",
        "99999999999|99999999999|Context(\"date or time specification\")",
        "1,5..3|,5..3|Nom(Eof)",
        "\"\"|\"\"|Context(\"date or time specification\")",
        "UTC|\"\"|Context(\"date or time specification\")",
        "12:00 utc|\" utc\"|Nom(Eof)"
    })
    void refusesWithTheCratesMessage(String text, String rest, String kind) {
        assertThatThrownBy(() -> CalendarEvent.parse(text)).isInstanceOf(CalendarEventException.class)
                .hasMessage("unable to parse calendar event at '" + rest + "' - " + kind);
    }

    @Test
    void keepsDaysRangesAndRepetitions() {
        CalendarEvent e = CalendarEvent.parse("mon..fri 8..17/2:00");
        assertThat(e.days()).containsExactlyInAnyOrderElementsOf(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(e.hour()).containsExactly(new DateTimeValue.Repeated(8, 2, Optional.of(17)));
        assertThat(e.minute()).containsExactly(single(0));
        assertThat(e.second()).containsExactly(single(0));
        assertThat(e.day()).isEmpty();
        assertThat(e.utc()).isFalse();
    }

    @Test
    void aDateSpecGivesYearMonthAndDayLists() {
        CalendarEvent e = CalendarEvent.parse("2020-7..9-2/2");
        assertThat(e.year()).containsExactly(single(2020));
        assertThat(e.month()).containsExactly(new DateTimeValue.Range(7, 9));
        assertThat(e.day()).containsExactly(new DateTimeValue.Repeated(2, 2, Optional.empty()));
        assertThat(e.hour()).containsExactly(single(0));
    }

    @Test
    void aStarRepetitionStartsAtTheFieldsFirstValue() {
        assertThat(CalendarEvent.parse("*-*/3-01").month())
                .containsExactly(new DateTimeValue.Repeated(1, 3, Optional.empty()));
        assertThat(CalendarEvent.parse("*/15").minute()).containsExactly(new DateTimeValue.Repeated(0, 15, Optional.empty()));
        assertThat(CalendarEvent.parse("*/15").hour()).isEmpty();
    }

    @Test
    void monthAndDayZeroPassWhenWrittenAsNumbers() {
        CalendarEvent e = CalendarEvent.parse("2020-00-00");
        assertThat(e.month()).containsExactly(single(0));
        assertThat(e.day()).containsExactly(single(0));
    }

    @Test
    void aWeekdayRangeWrapsPastSunday() {
        assertThat(CalendarEvent.parse("fri..mon").days()).containsExactlyInAnyOrder(
                DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY, DayOfWeek.MONDAY);
        assertThat(CalendarEvent.parse("sun..sat").days()).hasSize(7);
    }

    @Test
    void anHourAboveTwentyThreeIsReadAsMinuteAndSecond() {
        CalendarEvent e = CalendarEvent.parse("25:00");
        assertThat(e.hour()).isEmpty();
        assertThat(e.minute()).containsExactly(single(25));
        assertThat(e.second()).containsExactly(single(0));
    }

    @Test
    void namedEventsExpandAsInTheCrate() {
        CalendarEvent q = CalendarEvent.parse("quarterly UTC");
        assertThat(q.utc()).isTrue();
        assertThat(q.month()).containsExactly(single(1), single(4), single(7), single(10));
        assertThat(q.day()).containsExactly(single(1));
        assertThat(CalendarEvent.parse("weekly").days()).containsExactly(DayOfWeek.MONDAY);
        CalendarEvent minutely = CalendarEvent.parse("minutely");
        assertThat(List.of(minutely.hour(), minutely.minute())).containsOnly(List.of());
        assertThat(minutely.second()).containsExactly(single(0));
        assertThat(CalendarEvent.parse("dailyUTC").utc()).isTrue();
    }
}
