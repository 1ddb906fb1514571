package dev.jpve.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CalendarEventFormatTest {
    private static final Formats FORMATS = Formats.standard();

    private static String check(String value) {
        try {
            return "OK " + FORMATS.check(new FormatSpec.Named("pve-calendar-event"), value).asString();
        } catch (FormatException e) {
            return e.text();
        }
    }

    @ParameterizedTest(name = "accepts ''{0}'' unchanged")
    @ValueSource(strings = {"mon..fri 02:00", " sat 03:30\n", "*/15", "daily", "2024-*-01 00:00 UTC", "\tweekly "})
    void acceptsEventsAndReturnsTheValueUntrimmed(String value) {
        assertThat(check(value)).isEqualTo("OK " + value);
    }

    @ParameterizedTest(name = "refuses ''{0}''")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "daily 03:30|invalid calendar event 'daily 03:30' - unable to parse calendar event at 'daily' - Context(\"weekday\")",
        "\" mon 0 0 0\"|invalid calendar event ' mon 0 0 0' - unable to parse calendar event at ' 0 0' - Nom(Eof)",
        "61|invalid calendar event '61' - unable to parse calendar event at '61' - Context(\"date or time specification\")",
        "\"  \"|invalid calendar event '  ' - unable to parse calendar event - event is empty",
        "\"\"|invalid calendar event '' - unable to parse calendar event - event is empty"
    })
    void refusesWithTheWrappedParserErrorAndTwoNewlines(String value, String message) {
        assertThat(check(value)).isEqualTo(message + "\n\n");
    }
}
