package dev.jpve.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HostPortTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "node1|node1|-|false",
        "node1:8006|node1|8006|false",
        "node1.example.com:22|node1.example.com|22|false",
        "192.0.2.1|192.0.2.1|-|false",
        "192.0.2.1:8006|192.0.2.1|8006|false",
        "[192.0.2.1]:8006|192.0.2.1|8006|false",
        "[node1]|node1|-|false",
        "[fe80::1]|fe80::1|-|true",
        "[fe80::1]:8006|fe80::1|8006|true",
        "[::ffff:192.0.2.1]:1|::ffff:192.0.2.1|1|true",
        "fe80::1|fe80::1|-|true",
        "::|::|-|true",
        "fe80::1.8006|fe80::1|8006|true",
        "2001:db8:0:0:0:0:0:1|2001:db8:0:0:0:0:0:1|-|true",
        "::ffff:192.0.2.1|::ffff:192.0.2.1|-|true",
        "1:2:3:4:5:6:7:8.99|1:2:3:4:5:6:7:8|99|true",
    })
    void acceptsUpstreamsForms(String address, String host, String port, boolean ipv6) {
        assertThat(HostPort.parse(address))
                .contains(new HostPort(host, Optional.ofNullable(port), ipv6));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a b", "node1:", "node1:x", "fe80::1:8006x", "[fe80::1", "[fe80::1]:",
        "under_score", "host/path", "1:2:3:4:5:6:7:8:9", "[a b]"})
    void rejectsEverythingElse(String address) {
        assertThat(HostPort.parse(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"node1:8006\n"})
    void toleratesOneTrailingNewlineAsPerlDoes(String address) {
        assertThat(HostPort.parse(address)).contains(new HostPort("node1", Optional.of("8006"), false));
    }
}
