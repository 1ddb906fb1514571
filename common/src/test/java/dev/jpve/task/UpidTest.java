package dev.jpve.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class UpidTest {
    /** Spec T7 / schema-rest-cli 6.14 (upstream upid-test.pl). */
    static Stream<Arguments> upstreamVectors() {
        return Stream.of(
                Arguments.of("UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:",
                        new Upid("example-node", 49990, 375000292, 1758930844, "aptupdate", "", "root@pam")),
                Arguments.of("UPID:example-node:000934AF:0D015579:68BF3A41:hastart:100:root@pam:",
                        new Upid("example-node", 603311, 218191225, 1757362753, "hastart", "100", "root@pam")),
                Arguments.of("UPID:example-node:000934AF:0D015579:68BF3A41:vzdump:100:"
                        + "91a1da29-a47d-11f0-84e0-fafbfc944d00@pam!some-token:",
                        new Upid("example-node", 603311, 218191225, 1757362753, "vzdump", "100",
                                "91a1da29-a47d-11f0-84e0-fafbfc944d00@pam!some-token")),
                Arguments.of("UPID:example-node:000934AF:FFFFFFFFF:68BF3A41:fake-but-valid-type:100:root@pam:",
                        new Upid("example-node", 603311, 68719476735L, 1757362753, "fake-but-valid-type",
                                "100", "root@pam")));
    }

    @ParameterizedTest
    @MethodSource("upstreamVectors")
    void decodesTheUpstreamVectors(String text, Upid expected) {
        assertThat(Upid.decode(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("upstreamVectors")
    void reEncodesTheUpstreamVectorsToTheInput(String text, Upid decoded) {
        assertThat(decoded.encode()).isEqualTo(text);
    }

    @Test
    void encodesTheSpecExample() {
        Upid upid = new Upid("n1", 1234, 5678, 1700000000, "qmstart", "100", "root@pam");

        assertThat(upid.encode()).isEqualTo("UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:");
    }

    @Test
    void encodesLargeNumbersWithMoreDigitsAndChecksNothing() {
        Upid upid = new Upid("bad node", 0x1_0000_0000L, 0x12_3456_789AL, 1, "a/b", "", "");

        assertThat(upid.encode()).isEqualTo("UPID:bad node:100000000:123456789A:00000001:a/b:::");
    }

    @Test
    void rejectsGarbageWithUpstreamsMessage() {
        assertThatThrownBy(() -> Upid.decode("invalid garbage"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unable to parse worker upid 'invalid garbage'\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "UPID:example-node:000934AF:0D015579:68BF3A41:broken type string:100:root@pam:",
        "UPID:n-:000004D2:0000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n.x:000004D2:0000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n_x:000004D2:0000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n1:4D2:0000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam",
        "UPID:n1:000004D2:0000162E:6553F100:qmstart:a/b:root@pam:",
        "UPID:n1:000004D2:0000162E:6553F100::100:root@pam:",
        "UPID:n1:000004D2:0000162E:6553F100:qmstart:100::",
        "UPID:n1:000004D2:0000000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:\n",
        "XUPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:",
        "UPID:n1:000004D2:0000162E:6553F100:qm\u00A0start:100:root@pam:",
        "UPID:n1:\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF10\uFF11:0000162E:6553F100:qmstart:100:root@pam:",
    })
    void rejectsWhatUpstreamRejectsAndATrailingNewline(String text) {
        assertThat(Upid.tryDecode(text)).isEmpty();
        assertThatThrownBy(() -> Upid.decode(text))
                .hasMessage("unable to parse worker upid '" + text + "'\n");
    }

    @Test
    void acceptsASingleCharacterNodeAndLowerCaseHex() {
        Upid upid = Upid.decode("UPID:n:000004d2:0000162e:6553f10a:qmstart:100:root@pam:");

        assertThat(upid.node()).isEqualTo("n");
        assertThat(upid.starttime()).isEqualTo(0x6553F10AL);
    }

    @Test
    void namesTheLogSubdirectoryAfterTheLastStarttimeCharacterAsWritten() {
        assertThat(Upid.logSubdirectory("UPID:n:000004d2:0000162e:6553f10a:qmstart:100:root@pam:"))
                .isEqualTo("a");
        assertThat(Upid.logSubdirectory("UPID:example-node:0000C346:165A0CE4:68D7279C:aptupdate::root@pam:"))
                .isEqualTo("C");
    }
}
