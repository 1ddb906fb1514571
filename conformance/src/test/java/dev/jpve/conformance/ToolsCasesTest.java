package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ToolsCasesTest {
    private static String answer(String line) {
        return Main.answer("tools", Main.handlers().get("tools"), line).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"id\":1,\"fn\":\"convert_size\",\"args\":[\"1.5\",\"gb\",\"kb\"]}"
                + "|{\"id\":1,\"ok\":true,\"result\":1572864}",
        "{\"id\":2,\"fn\":\"convert_size\",\"args\":[1e-05,\"gb\",\"kb\"]}"
                + "|{\"id\":2,\"ok\":false,\"error\":\"value '1e-05' is not a valid, positive number\"}",
        "{\"id\":3,\"fn\":\"convert_size\",\"args\":[500000,\"b\",\"kb\",1]}"
                + "|{\"id\":3,\"ok\":true,\"result\":488}",
        "{\"id\":4,\"fn\":\"convert_size\",\"args\":[0,\"b\",null,0]}"
                + "|{\"id\":4,\"ok\":false,\"error\":\"unknown 'from' and/or 'to' units (b => )\"}",
        "{\"id\":5,\"fn\":\"split_list\",\"args\":[\" a, b;c \"]}"
                + "|{\"id\":5,\"ok\":true,\"result\":[\"a\",\"b\",\"c\"]}",
        "{\"id\":6,\"fn\":\"split_list\",\"args\":[null]}|{\"id\":6,\"ok\":true,\"result\":[]}",
        "{\"id\":7,\"fn\":\"trim\",\"args\":[\" x \"]}|{\"id\":7,\"ok\":true,\"result\":\"x\"}",
        "{\"id\":8,\"fn\":\"trim\",\"args\":[null]}|{\"id\":8,\"ok\":true,\"result\":null}",
        "{\"id\":9,\"fn\":\"encode_text\",\"args\":[\"Hello: 100%\"]}"
                + "|{\"id\":9,\"ok\":true,\"result\":\"Hello%3A 100%25\"}",
        "{\"id\":10,\"fn\":\"decode_text\",\"args\":[\"a%09b%zz\"]}"
                + "|{\"id\":10,\"ok\":true,\"result\":\"a\\tb%zz\"}",
        "{\"id\":11,\"fn\":\"parse_host_and_port\",\"args\":[\"node1\"]}"
                + "|{\"id\":11,\"ok\":true,\"result\":[\"node1\",null,1]}",
        "{\"id\":12,\"fn\":\"parse_host_and_port\",\"args\":[\"a b\"]}|{\"id\":12,\"ok\":true,\"result\":[]}",
        "{\"id\":13,\"fn\":\"format_size\",\"args\":[1073741824]}|{\"id\":13,\"ok\":true,\"result\":\"1G\"}",
        "{\"id\":15,\"fn\":\"parse_size\",\"args\":[\"1.5G\"]}|{\"id\":15,\"ok\":true,\"result\":1610612736}",
        "{\"id\":16,\"fn\":\"parse_size\",\"args\":[\"1g\"]}|{\"id\":16,\"ok\":true,\"result\":null}",
        "{\"id\":17,\"fn\":\"parse_boolean\",\"args\":[\"Yes\"]}|{\"id\":17,\"ok\":true,\"result\":1}",
        "{\"id\":18,\"fn\":\"parse_boolean\",\"args\":[\" 1\"]}|{\"id\":18,\"ok\":true,\"result\":null}",
        "{\"id\":14,\"fn\":\"nope\",\"args\":[]}|{\"id\":14,\"ok\":false,\"error\":\"unknown function: nope\"}",
    })
    void answersEachCaseOnOneLine(String input, String expected) {
        assertThat(answer(input)).isEqualTo(expected);
    }
}
