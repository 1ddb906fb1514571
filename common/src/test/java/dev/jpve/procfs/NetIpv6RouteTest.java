package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetIpv6RouteTest {
    private static final String ROUTES = """
            fe800000000000000000000000000000 40 00000000000000000000000000000000 00 00000000000000000000000000000000 00000100 00000002 00000000 00000001     eth0
            00000000000000000000000000000000 00 00000000000000000000000000000000 00 fd000000000000000000000000000001 00000400 00000002 00000000 00000003     eth0
            """;

    @Test
    void groupsTheAddressesAndReadsPrefixAndMetricAsHex() {
        assertThat(NetIpv6Route.parse(ROUTES)).containsExactly(
                new NetIpv6Route("fe80:0000:0000:0000:0000:0000:0000:0000", 64,
                        "0000:0000:0000:0000:0000:0000:0000:0000", 256, "eth0"),
                new NetIpv6Route("0000:0000:0000:0000:0000:0000:0000:0000", 0,
                        "fd00:0000:0000:0000:0000:0000:0000:0001", 1024, "eth0"));
    }

    @Test
    void readsThisMachine() {
        assertThat(NetIpv6Route.read()).allSatisfy(route -> assertThat(route.iface()).isNotEmpty());
    }
}
