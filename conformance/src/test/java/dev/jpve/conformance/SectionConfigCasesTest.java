package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class SectionConfigCasesTest {
    private static JsonNode answer(String line) {
        return Main.answer("sectionconfig", Main.handlers().get("sectionconfig"), line);
    }

    @Test
    void parsesWithIdsOrderDigestErrorsAndWarnings() {
        JsonNode r = answer("""
                {"id":1,"op":"parse","raw":"one: t1\\n\\tfield1 12\\n\\tcommon c\\n\\nthree: t3\\n\\tenabled\\n\\tdisk \
                file=a.img,size=1G\\n\\tcount 007\\n"}""");
        assertThat(r.toString()).isEqualTo("""
                {"id":1,"ok":true,"result":{"ids":{"t1":null,"t3":{"type":"three","enabled":1,\
                "disk":"file=a.img,size=1G","count":7}},"order":{"t1":1,"t3":2},\
                "digest":"%s","errors":[{"context":"file test.cfg line 2","section":"t1","key":"field1",\
                "err":"value must have a maximum value of 9\\n"}]},"warnings":["file test.cfg line 2 (section 't1') - \
                unable to parse value of 'field1': value must have a maximum value of 9\\n","file test.cfg line 3 \
                (skip section 't1'): missing value for required option 'field1'\\n"]}""".formatted(
                r.path("result").path("digest").stringValue()));
        assertThat(r.path("result").path("digest").stringValue()).hasSize(40);
    }

    @Test
    void writesSectionsInOrderWithCommentFirstEvenWhereThePluginLacksIt() {
        JsonNode r = answer("""
                {"id":2,"op":"write","cfg":{"ids":{"b":{"type":"three","mode":"slow","enabled":0},\
                "a":{"type":"one","field1":3,"comment":"x"}},"order":{"a":1}}}""");
        assertThat(r.path("result").stringValue()).isEqualTo("one: a\n\tcomment x\n\tfield1 3\n\nthree: b\n\tenabled 0\n\tmode slow\n\n");
    }

    @Test
    void roundtripKeepsUnknownSectionsWhenAllowed() {
        JsonNode r = answer("""
                {"id":3,"op":"roundtrip","raw":"zz: q\\n\\tb 2\\n\\ta 1\\n","allow_unknown":1}""");
        assertThat(r.path("result").stringValue()).isEqualTo("zz: q\n\ta 1\n\tb 2\n\n");
    }

    @Test
    void checkConfigReportsUpstreamsErrorText() {
        assertThat(answer("""
                {"id":4,"op":"check_config","type":"two","section_id":"t","config":{"field2":5},"create":1}""")
                .toString()).isEqualTo("{\"id\":4,\"ok\":false,\"error\":\"missing value for required option 'another'\\n\"}");
        assertThat(answer("""
                {"id":5,"op":"check_config","type":"three","section_id":"t","config":{"count":"3","enabled":true},\
                "create":0}""").path("result").toString()).isEqualTo("{\"type\":\"three\",\"count\":3,\"enabled\":1}");
    }

    @Test
    void givesTheCreateAndUpdateSchemas() {
        JsonNode create = answer("{\"id\":6,\"op\":\"create_schema\"}").path("result");
        assertThat(create.path("properties").path("type")).isEqualTo(Main.JSON.readTree(
                "{\"description\":\"Section type.\",\"type\":\"string\",\"enum\":[\"one\",\"three\",\"two\"]}"));
        assertThat(create.path("properties").path("common").has("optional")).isFalse();
        JsonNode update = answer("{\"id\":7,\"op\":\"update_schema\"}").path("result");
        assertThat(update.path("properties").has("type")).isFalse();
        assertThat(update.path("properties").has("delete")).isTrue();
    }
}
