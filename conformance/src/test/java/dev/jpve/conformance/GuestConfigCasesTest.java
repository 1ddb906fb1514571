package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class GuestConfigCasesTest {
    private static JsonNode answer(String line) {
        return Main.answer("guestconfig", Main.handlers().get("guestconfig"), line);
    }

    @Test
    void parsesAVmIntoUpstreamsHashShapeWithWarnings() {
        JsonNode r = answer("""
                {"id":1,"op":"parse","type":"qemu","raw":"#demo\\ncores: 2\\nnuma: maybe\\n[PENDING]\\ndelete: cores\\n\
                [special:cloudinit]\\nname: x\\n[s1]\\nsnaptime: 1\\n"}""");
        assertThat(r.toString()).isEqualTo("""
                {"id":1,"ok":true,"result":{"cores":"2","description":"demo","digest":"%s","pending":{"delete":"cores"},\
                "snapshots":{"s1":{"snaptime":"1"}},"special-sections":{"cloudinit":{"name":"x"}}},\
                "warnings":["vm 100 - unable to parse value of 'numa' - type check ('boolean') failed - got 'maybe'\\n"]}\
                """.formatted(r.path("result").path("digest").stringValue()));
    }

    @Test
    void parsesAContainerWithLxcLinesAndEnv() {
        JsonNode r = answer("""
                {"id":2,"op":"parse","type":"lxc","vmid":200,"raw":"#db\\narch: amd64\\nlxc.environment.runtime: A=1\\n\
                lxc.environment.runtime: B=2\\nlxc.apparmor.profile = unconfined\\n"}""");
        assertThat(r.path("result").toString()).isEqualTo("""
                {"arch":"amd64","description":"db\\n","lxc":[["lxc.apparmor.profile","unconfined"]],"env":"A=1\\u0000B=2",\
                "digest":"%s","pending":{},"snapshots":{}}""".formatted(r.path("result").path("digest").stringValue()));
    }

    @Test
    void strictParseFailsWithUpstreamsText() {
        assertThat(answer("""
                {"id":3,"op":"parse","type":"qemu","strict":1,"vmid":8006,"raw":"[PENDING]\\n[PENDING]\\n"}""")
                .toString()).isEqualTo("{\"id\":3,\"ok\":false,\"error\":\"vm 8006 - duplicate section: pending\\n\"}");
    }

    @Test
    void writesAParsedStructure() {
        JsonNode r = answer("""
                {"id":4,"op":"write","type":"lxc","conf":{"hostname":"a","description":"x\\n","env":"A=1",\
                "lxc":[["lxc.cap.drop",""]],"digest":"ignored","pending":{"delete":"swap"},\
                "snapshots":{"s":{"snaptime":5,"snapstate":"prepare"}}}}""");
        assertThat(r.path("result").stringValue()).isEqualTo("""
                #x
                hostname: a
                lxc.environment.runtime: A=1
                lxc.cap.drop:\s

                [pve:pending]
                delete: swap

                [s]
                snapstate: prepare
                snaptime: 5
                """);
    }

    @Test
    void roundtripNormalizesAHandEditedFile() {
        JsonNode r = answer("""
                {"id":5,"op":"roundtrip","type":"qemu","raw":"onboot: yes\\n\\n\\ncores:   3  \\ncdrom: none\\n"}""");
        assertThat(r.path("result").stringValue()).isEqualTo("cores: 3\nide2: none\nonboot: 1\n");
        assertThat(answer("{\"id\":6,\"op\":\"write\",\"type\":\"qemu\",\"conf\":{\"delete\":\"x\"}}").path("error")
                .stringValue()).isEqualTo("propertry 'delete' is only allowed in [PENDING]\n");
    }
}
