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
    void errmsgReplacesTheMessage() {
        assertThat(answer("{'id':5,'schema':{'type':'integer'},'value':'x','errmsg':'nope'}"))
                .contains("\"msg\":\"nope\"");
    }
}
