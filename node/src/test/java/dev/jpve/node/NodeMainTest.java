package dev.jpve.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeMainTest {
    @Test
    void readsTheStartOptions() {
        Node.Config c = NodeMain.parse(new ArrayDeque<>(List.of("--data", "/tmp/x", "--port", "9000", "--no-tls",
                "--host", "0.0.0.0", "--node", "n1")));
        assertThat(c.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(c.port()).isEqualTo(9000);
        assertThat(c.tls()).isFalse();
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.nodename()).isEqualTo("n1");
    }

    @Test
    void refusesBadOptionsWithClearMessages() {
        assertThatThrownBy(() -> NodeMain.parse(new ArrayDeque<>(List.of("--port", "x")))).hasMessage("invalid port 'x'");
        assertThatThrownBy(() -> NodeMain.parse(new ArrayDeque<>(List.of("--bogus")))).hasMessage("unknown option '--bogus'");
        assertThatThrownBy(() -> NodeMain.parse(new ArrayDeque<>(List.of("--data")))).hasMessage("option '--data' needs a value");
    }
}
