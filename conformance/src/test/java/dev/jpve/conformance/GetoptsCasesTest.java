package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GetoptsCasesTest {
    private static final String SCHEMA = "{\"properties\":{\"vmid\":{\"type\":\"integer\"},"
            + "\"ids\":{\"type\":\"string\",\"format\":\"pve-vmid-list\",\"optional\":1},"
            + "\"flag\":{\"type\":\"boolean\",\"optional\":1},\"str\":{\"type\":\"string\",\"optional\":1}}}";

    private static String answer(String line) {
        return Main.answer("getopts", Main.handlers().get("getopts"), line).toString();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "\"argv\":[\"100\",\"--flag\"],\"arg_param\":[\"vmid\"]|{\"id\":1,\"ok\":true,\"result\":{\"flag\":1,\"vmid\":\"100\"}}",
        "\"argv\":[\"--bogus\"]|{\"id\":1,\"ok\":false,\"msg\":\"unable to parse option\\n\",\"code\":400}",
        "\"argv\":[\"1\",\"2\"],\"arg_param\":\"ids\"|{\"id\":1,\"ok\":true,\"result\":{\"ids\":\"1,2\"}}",
        "\"argv\":[\"1\"],\"arg_param\":[\"vmid\"],\"fixed_param\":{\"str\":\"x\"}"
                + "|{\"id\":1,\"ok\":true,\"result\":{\"vmid\":\"1\",\"str\":\"x\"}}",
        "\"argv\":[],\"arg_param\":[\"vmid\"]|{\"id\":1,\"ok\":false,\"msg\":\"not enough arguments\\n\",\"code\":400}",
    })
    void answersGetOptionsCases(String fields, String expected) {
        assertThat(answer("{\"id\":1,\"schema\":" + SCHEMA + "," + fields + "}")).isEqualTo(expected);
    }
}
