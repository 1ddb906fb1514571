package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliformatCasesTest {
    private static final String VM_SCHEMA = """
            {"type":"array","items":{"type":"object","properties":{"vmid":{"type":"integer"},\
            "name":{"type":"string","optional":1},"mem":{"type":"integer","optional":1,"renderer":"bytes"}}}}""";
    private static final String VMS = """
            [{"vmid":200,"name":"beta","mem":2147483648},{"vmid":100,"name":"alpha","mem":536870912},{"vmid":1000,"mem":1024}]""";

    private static String answer(String line) {
        return Main.answer("cliformat", Main.handlers().get("cliformat"), line).toString();
    }

    @Test
    void printsAnApiResultAsAUtf8TableCutToTheTerminalWidth() {
        assertThat(answer("{\"id\":1,\"data\":" + VMS + ",\"schema\":" + VM_SCHEMA
                + ",\"terminal_opts\":{\"columns\":14,\"utf8\":1,\"encoding\":\"UTF-8\"}}"))
                .isEqualTo("{\"id\":1,\"ok\":true,\"text\":\"┌──────┬──────\\n│ vmid │      \\n╞══════╪══════\\n"
                        + "│  100 │ 512.0\\n├──────┼──────\\n│  200 │   2.0\\n├──────┼──────\\n│ 1000 │   1.0\\n"
                        + "└──────┴──────\\n\"}");
    }

    @Test
    void printsPlainRowsWithUpstreamsDefaultsAndSortKeyZero() {
        assertThat(answer("{\"id\":2,\"op\":\"print_api_result_plain\",\"data\":" + VMS + ",\"schema\":" + VM_SCHEMA
                + ",\"props_to_print\":[\"vmid\",\"name\"],\"options\":{\"sort_key\":0}}"))
                .isEqualTo("{\"id\":2,\"ok\":true,\"text\":\" 200 beta\\n 100 alpha\\n1000 \\n\"}");
    }

    @Test
    void printsJsonPrettyAndYaml() {
        assertThat(answer("{\"id\":3,\"data\":{\"b\":2,\"a\":[1,\"x\"]},\"options\":{\"output-format\":\"json-pretty\"}}"))
                .isEqualTo("{\"id\":3,\"ok\":true,\"text\":\"{\\n   \\\"a\\\" : [\\n      1,\\n      \\\"x\\\"\\n   ],\\n"
                        + "   \\\"b\\\" : 2\\n}\\n\"}");
        assertThat(answer("{\"id\":4,\"data\":{\"b\":2,\"a\":[1,\"x\"],\"t\":true},\"options\":{\"output-format\":\"yaml\"}}"))
                .isEqualTo("{\"id\":4,\"ok\":true,\"text\":\"---\\na:\\n- 1\\n- x\\nb: 2\\nt: true\\n\"}");
    }

    @Test
    void rendersATimestampInTheGivenZone() {
        assertThat(answer("{\"id\":5,\"op\":\"data_to_text\",\"data\":1612776831,\"schema\":{\"renderer\":\"timestamp\"},"
                + "\"tz\":\"Europe/Vienna\"}"))
                .isEqualTo("{\"id\":5,\"ok\":true,\"text\":\"2021-02-08 10:33:51\"}");
    }

    @Test
    void printsATextTableOfTheGivenColumnsAndItemProperties() {
        assertThat(answer("{\"id\":6,\"op\":\"print_text_table\",\"data\":[{\"a\":\"x\",\"n\":5},{\"a\":\"y\",\"n\":10}],"
                + "\"schema\":{\"n\":{\"type\":\"integer\",\"title\":\"Num\"}},\"props_to_print\":[\"n\",\"a\"],"
                + "\"options\":{\"noborder\":1}}"))
                .isEqualTo("{\"id\":6,\"ok\":true,\"text\":\"Num a\\n  5 x\\n 10 y\\n\"}");
    }

    @Test
    void reportsUpstreamsErrorText() {
        assertThat(answer("{\"id\":7,\"op\":\"print_api_list\",\"data\":[1],\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}}}"))
                .isEqualTo("{\"id\":7,\"ok\":false,\"error\":\"can only print object lists\\n\"}");
    }
}
