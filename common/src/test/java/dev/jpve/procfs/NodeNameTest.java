package dev.jpve.procfs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NodeNameTest {
    @Test
    void isTheHostNameUpToTheFirstDot() {
        assertThat(NodeName.of("pve1.example.com\n")).isEqualTo("pve1");
        assertThat(NodeName.of("pve1")).isEqualTo("pve1");
    }

    @Test
    void readsThisMachinesName() {
        assertThat(NodeName.read()).isNotEmpty().doesNotContain(".");
    }
}
