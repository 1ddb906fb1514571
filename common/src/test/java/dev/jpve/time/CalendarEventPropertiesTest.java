package dev.jpve.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CalendarEventPropertiesTest {
    private static final Pattern ERROR = Pattern.compile(
            "unable to parse calendar event at '(.*)' - (Context\\(\"weekday\"\\)|Context\\(\"date or time specification\"\\)|Nom\\(Eof\\))",
            Pattern.DOTALL);

    @Property(tries = 3000)
    void anyTextParsesOrFailsWithOneOfTheThreeEscapingErrorsQuotingPartOfTheInput(@ForAll("texts") String text) {
        try {
            assertThat(CalendarEvent.parse(text)).isNotNull();
        } catch (CalendarEventException e) {
            Matcher m = ERROR.matcher(e.getMessage());
            assertThat(m.matches()).as(e.getMessage()).isTrue();
            if (m.group(2).contains("weekday")) {
                assertThat(text).contains(m.group(1));
                assertThat(m.group(1)).matches("[A-Za-z]+");
            } else {
                assertThat(text.replaceFirst(" *UTC$", "")).endsWith(m.group(1));
            }
        }
    }

    @Property(tries = 1000)
    void aValidTimeAfterValidWeekdaysAlwaysParses(@ForAll("days") String days, @ForAll("times") String time) {
        assertThat(CalendarEvent.parse(days + " " + time).days()).isNotEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("mon", "Fri", "sunday", "..", ",", ":", "-", "/", "*", " ", "\t", "0", "5", "12", "23",
                "59", "60", "2020", "99999999999", "UTC", "daily", "x", "=").list().ofMaxSize(10)
                .map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> days() {
        Arbitrary<String> day = Arbitraries.of("mon", "tue", "wed", "thu", "fri", "sat", "sun", "Monday", "SUNDAY");
        Arbitrary<String> range = Arbitraries.of(true, false).flatMap(r -> r
                ? day.list().ofSize(2).map(l -> l.get(0) + ".." + l.get(1)) : day);
        return range.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    }

    @Provide
    Arbitrary<String> times() {
        Arbitrary<String> hour = Arbitraries.integers().between(0, 23).map(String::valueOf);
        Arbitrary<String> minute = Arbitraries.integers().between(0, 59).map(m -> String.format("%02d", m));
        return hour.flatMap(h -> minute.map(m -> h + ":" + m));
    }
}
