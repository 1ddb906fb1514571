package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCasesTest {
    private static String answer(String line) {
        return Main.JSON.writeValueAsString(Main.answer("validate", new ValidateCases(), line.replace('\'', '"')));
    }

    @Test
    void failedValidationGivesMsgErrorsAndCode() {
        assertThat(answer("{'id':1,'schema':{'type':'object','properties':{'a':{'type':'integer'}}},'value':{'a':'x'}}"))
                .isEqualTo("{\"id\":1,\"ok\":false,\"msg\":\"Parameter verification failed.\\n\","
                        + "\"errors\":{\"a\":\"type check ('integer') failed - got 'x'\"},\"code\":400}");
    }

    @Test
    void successGivesTheValueWithAliasesMoved() {
        assertThat(answer("{'id':2,'schema':{'type':'object','properties':{'old':{'alias':'new'},'new':{'type':'integer'}}},"
                + "'value':{'old':5}}")).isEqualTo("{\"id\":2,\"ok\":true,\"value_after\":{\"new\":5}}");
    }

    @Test
    void checkFormatReturnsTheListOrThePlainError() {
        assertThat(answer("{'id':3,'op':'check_format','format':'pve-vmid-list','value':'100,101'}"))
                .isEqualTo("{\"id\":3,\"ok\":true,\"result\":[\"100\",\"101\"]}");
        assertThat(answer("{'id':4,'op':'check_format','format':'pve-vmid','value':'99'}"))
                .isEqualTo("{\"id\":4,\"ok\":false,\"error\":\"value does not look like a valid VM ID\\n\"}");
    }

    @Test
    void checkFormatKnowsCalendarEventsAndPem() {
        assertThat(answer("{'id':6,'op':'check_format','format':'pve-calendar-event','value':'mon..fri 02:00'}"))
                .isEqualTo("{\"id\":6,\"ok\":true,\"result\":\"mon..fri 02:00\"}");
        assertThat(answer("{'id':7,'op':'check_format','format':'pve-calendar-event','value':'daily 03:30'}"))
                .isEqualTo("{\"id\":7,\"ok\":false,\"error\":\"invalid calendar event 'daily 03:30' - unable to parse "
                        + "calendar event at 'daily' - Context(\\\"weekday\\\")\\n\\n\"}");
        assertThat(answer("{'id':8,'op':'check_format','format':'pem-certificate','value':'x'}"))
                .isEqualTo("{\"id\":8,\"ok\":false,\"error\":\"not a valid PEM-formatted string.\\n\"}");
        assertThat(answer("{'id':9,'op':'check_format','format':'pem-string','value':"
                + "'junk\\n-----BEGIN X-----\\nAAAA\\n-----END X-----\\n'}"))
                .isEqualTo("{\"id\":9,\"ok\":true,\"result\":\"-----BEGIN X-----\\nAAAA\\n-----END X-----\\n\"}");
    }

    @Test
    void errmsgReplacesTheMessage() {
        assertThat(answer("{'id':5,'schema':{'type':'integer'},'value':'x','errmsg':'nope'}"))
                .contains("\"msg\":\"nope\"");
    }
}
