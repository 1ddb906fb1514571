package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetRouteTest {
    private static final String ROUTES = """
            Iface\tDestination\tGateway \tFlags\tRefCnt\tUse\tMetric\tMask\t\tMTU\tWindow\tIRTT
            eth0\t00000000\t010200C0\t0003\t0\t0\t100\t00000000\t0\t0\t0
            eth0\t000200C0\t00000000\t0001\t0\t0\t0\t00FFFFFF\t1500\t0\t0
            """;

    @Test
    void convertsTheLittleEndianHexToDottedQuads() {
        assertThat(NetRoute.parse(ROUTES)).containsExactly(
                new NetRoute("0.0.0.0", "192.0.2.1", "0.0.0.0", 100, 0, "eth0"),
                new NetRoute("192.0.2.0", "0.0.0.0", "255.255.255.0", 0, 1500, "eth0"));
    }

    @Test
    void readsThisMachine() {
        assertThat(NetRoute.read()).allSatisfy(route -> assertThat(route.mask()).matches("[0-9.]+"));
    }
}
