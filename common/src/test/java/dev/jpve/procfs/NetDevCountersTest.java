package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetDevCountersTest {
    private static final String NET_DEV = """
            Inter-|   Receive                                                |  Transmit
             face |bytes    packets errs drop fifo frame compressed multicast|bytes    packets errs drop fifo colls carrier compressed
                lo:    3245      30    0    0    0     0          0         0     3245      30    0    0    0     0       0          0
              eth0:123456789 1000    0    0    0     0          0         0 987654321  900    0    0    0     0       0          0
            """;

    @Test
    void takesTheReceivedAndTransmittedBytesPerInterface() {
        assertThat(NetDevCounters.parse(NET_DEV)).containsExactly(
                java.util.Map.entry("lo", new NetDevCounters(3245, 3245)),
                java.util.Map.entry("eth0", new NetDevCounters(123456789, 987654321)));
    }

    @Test
    void readsThisMachine() {
        assertThat(NetDevCounters.read()).containsKey("lo");
    }
}
