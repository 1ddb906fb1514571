package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NetInterfacesTest {
    @Test
    void flagsWithTheUpBitCountAsActive() {
        assertThat(NetInterfaces.isUpFlags("0x1003\n")).isTrue();
        assertThat(NetInterfaces.isUpFlags("0x1002\n")).isFalse();
        assertThat(NetInterfaces.isUpFlags("garbage")).isFalse();
    }

    @Test
    void theLoopbackInterfaceIsActiveWhenTheKernelSaysItIsUp() throws Exception {
        Path flags = Path.of("/sys/class/net/lo/flags");
        boolean loUp = Files.exists(flags) && NetInterfaces.isUpFlags(Files.readString(flags));
        assertThat(NetInterfaces.active().contains("lo")).isEqualTo(loUp);
    }
}
