package dev.jpve.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PropstrCasesTest {
    private static String answer(String line) {
        return Main.JSON.writeValueAsString(Main.answer("propstr", new PropstrCases(), line.replace('\'', '"')));
    }

    @Test
    void parseGivesTheObject() {
        assertThat(answer("{'id':1,'op':'parse','format':{'model':{'type':'string','default_key':1},"
                + "'x':{'type':'boolean','optional':1}},'string':'virtio,x=on'}"))
                .isEqualTo("{\"id\":1,\"ok\":true,\"result\":{\"model\":\"virtio\",\"x\":1}}");
    }

    @Test
    void formatErrorsGiveMsgAndErrors() {
        assertThat(answer("{'id':2,'op':'parse','format':'pve-node-location','string':'latitude=100,longitude=1'}"))
                .isEqualTo("{\"id\":2,\"ok\":false,\"msg\":\"format error\\n\","
                        + "\"errors\":{\"latitude\":\"value must have a maximum value of 90\"}}");
    }

    @Test
    void printGivesTheString() {
        assertThat(answer("{'id':3,'op':'print','format':'bwlimit','data':{'restore':5,'default':100}}"))
                .isEqualTo("{\"id\":3,\"ok\":true,\"result\":\"default=100,restore=5\"}");
    }

    @Test
    void plainDiesGiveError() {
        assertThat(answer("{'id':4,'op':'print','format':'nope','data':{}}"))
                .isEqualTo("{\"id\":4,\"ok\":false,\"error\":\"not a valid format: nope\\n\"}");
    }
}
