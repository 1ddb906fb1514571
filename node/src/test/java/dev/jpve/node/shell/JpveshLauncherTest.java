package dev.jpve.node.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.node.NodeProcess;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpveshLauncherTest {
    @TempDir
    Path data;

    @Test
    void theJpveshScriptRunsACommandInItsOwnProcess() {
        NodeProcess.Run run = NodeProcess.launcher("jpvesh", data, List.of("JPVE_NODE", "n1"), "get", "/version",
                "--output-format", "json");
        assertThat(run).isEqualTo(new NodeProcess.Run(0,
                "{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}\n", ""));
    }

    @Test
    void theJpveAppScriptRunsTheGuestCli() {
        NodeProcess.Run run = NodeProcess.launcher("jpve-app", data, List.of("JPVE_NODE", "n1"), "list");
        assertThat(run).isEqualTo(new NodeProcess.Run(0, "", ""));
        NodeProcess.Run bad = NodeProcess.launcher("jpve-app", data, List.of("JPVE_NODE", "n1"), "start");
        assertThat(bad.status()).isEqualTo(255);
        assertThat(bad.err()).startsWith("400 not enough arguments\njpve-app start <vmid>");
    }
}
