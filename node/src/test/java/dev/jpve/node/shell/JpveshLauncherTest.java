package dev.jpve.node.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JpveshLauncherTest {
    @TempDir
    Path data;

    @Test
    void theJpveshScriptRunsACommandInItsOwnProcess() throws Exception {
        Path top = Path.of("").toAbsolutePath().getParent();
        ProcessBuilder pb = new ProcessBuilder(top.resolve("jpvesh").toString(), "get", "/version",
                "--output-format", "json");
        pb.environment().put("JPVE_DATA", data.toString());
        pb.environment().put("JPVE_NODE", "n1");
        pb.environment().put("JPVE_CLASSPATH", testClassPath());
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(out).isEqualTo("{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}\n");
        assertThat(p.exitValue()).isZero();
    }

    /** This test's own class and module path, on which the launcher's main class is found. */
    private static String testClassPath() {
        List<String> parts = new ArrayList<>();
        for (String prop : List.of("jdk.module.path", "java.class.path")) {
            String v = System.getProperty(prop);
            if (v != null && !v.isEmpty()) {
                parts.add(v);
            }
        }
        return String.join(File.pathSeparator, parts);
    }
}
