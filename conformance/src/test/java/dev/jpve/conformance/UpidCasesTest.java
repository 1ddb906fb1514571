package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UpidCasesTest {
    private static String answer(String line) {
        return Main.answer("upid", Main.handlers().get("upid"), line).toString();
    }

    @Test
    void decodesAnUpstreamVectorWithItsLogFile() {
        assertThat(answer("""
                {"id":1,"op":"decode","upid":"UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:"}"""))
                .isEqualTo("""
                        {"id":1,"ok":true,"result":{"node":"example-node","pid":49990,"pstart":375000292,\
                        "starttime":1758930844,"type":"aptupdate","id":"","user":"root@pam"},\
                        "filename":"/var/log/pve/tasks/C/UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:"}""");
    }

    @Test
    void reportsAnInvalidUpidWithUpstreamsText() {
        assertThat(answer("{\"id\":2,\"op\":\"decode\",\"upid\":\"invalid garbage\"}"))
                .isEqualTo("{\"id\":2,\"ok\":false,\"error\":\"unable to parse worker upid 'invalid garbage'\\n\"}");
    }

    @Test
    void givesNullsForAnInvalidUpidWithNoerr() {
        assertThat(answer("{\"id\":3,\"op\":\"decode\",\"upid\":\"x\",\"noerr\":1}"))
                .isEqualTo("{\"id\":3,\"ok\":true,\"result\":null,\"filename\":null}");
    }

    @Test
    void placesTheLogFileInAGivenTaskDirectory() {
        assertThat(answer("""
                {"id":4,"op":"decode","taskdir":"/tmp/t","upid":"UPID:n:000004d2:0000162e:6553f10a:x::u:"}"""))
                .contains("\"filename\":\"/tmp/t/a/UPID:n:000004d2:0000162e:6553f10a:x::u:\"");
    }

    @Test
    void encodesNumbersGivenAsNumbersOrStrings() {
        assertThat(answer("""
                {"id":5,"op":"encode","data":{"node":"n1","pid":1234,"pstart":"5678","starttime":1700000000,\
                "type":"qmstart","id":"100","user":"root@pam"}}"""))
                .isEqualTo("{\"id\":5,\"ok\":true,\"result\":\"UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:\"}");
    }
}
