package dev.jpve.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpve.node.app.AppGuests;
import dev.jpve.node.app.DirStorage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * End to end: the node as a real process, driven by jpvesh (its launcher, over HTTPS) and by
 * python3-proxmoxer through an app guest's whole life, a restart of the node in the middle and
 * two clients changing the guest at the same time.
 */
class NodeLifecycleTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path PYTHON = Path.of("/usr/bin/python3");

    @TempDir
    Path data;
    @TempDir
    Path scratch;

    private NodeProcess node;
    private long appPid;

    @AfterEach
    void killTheAppIfTheTestFailedHalfway() {
        if (appPid > 0) {
            ProcessHandle.of(appPid).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private NodeProcess.Run jpvesh(String... args) {
        List<String> argv = new ArrayList<>(List.of("--host", node.url(), "--insecure"));
        argv.addAll(List.of(args));
        NodeProcess.Run run = NodeProcess.launcher("jpvesh", scratch, List.of("JPVE_PASSWORD", NodeProcess.PASSWORD),
                argv.toArray(String[]::new));
        assertThat(run.status()).as("jpvesh %s: %s", String.join(" ", args), run.err()).isZero();
        return run;
    }

    private JsonNode jpveshJson(String... args) {
        List<String> argv = new ArrayList<>(List.of(args));
        argv.addAll(List.of("--output-format", "json"));
        return JSON.readTree(jpvesh(argv.toArray(String[]::new)).out());
    }

    /** Runs the proxmoxer session script with these actions on app 100. */
    private String proxmoxer(String... actions) throws Exception {
        Path script = scratch.resolve("app_session.py");
        if (!Files.exists(script)) {
            try (InputStream in = getClass().getResourceAsStream("app_session.py")) {
                Files.write(script, in.readAllBytes());
            }
        }
        List<String> cmd = new ArrayList<>(List.of(PYTHON.toString(), script.toString(), String.valueOf(node.port()),
                "n1", "100", NodeProcess.PASSWORD));
        cmd.addAll(List.of(actions));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    private String configFile() throws IOException {
        return Files.readString(data.resolve("etc/nodes/n1/app/100.conf"));
    }

    private Path rootfs() throws IOException {
        String value = AppGuests.CODEC.parse(100, Files.readAllBytes(data.resolve("etc/nodes/n1/app/100.conf")), true)
                .config().main().get("rootfs").orElseThrow();
        return new DirStorage(data.resolve("storage"), Optional.empty()).path(value.split(",")[0]);
    }

    private long runningPid() {
        JsonNode status = jpveshJson("get", "/nodes/n1/app/100/status/current");
        assertThat(status.path("status").asString()).isEqualTo("running");
        long pid = status.path("pid").asLong();
        appPid = pid;
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(h -> {
            assertThat(h.isAlive()).isTrue();
            assertThat(h.info().commandLine().orElse("")).contains("sleep");
        });
        return pid;
    }

    @Test
    void anAppLivesThroughItsWholeLifeAcrossANodeRestart() throws Exception {
        assumeTrue(proxmoxerInstalled(), "python3-proxmoxer is not installed (.ci/run installs it)");
        long pid;
        try (NodeProcess first = NodeProcess.start(data, "n1")) {
            node = first;
            assertThat(first.output()).contains("created root@pam with the password from JPVE_ROOT_PASSWORD");

            NodeProcess.Run created = jpvesh("create", "/nodes/n1/app", "--vmid", "100", "--name", "e2e",
                    "--rootfs", "local:dir", "--cmd", "sh -c 'exec sleep 600'");
            assertThat(created.out()).contains("created app 100\n").containsPattern("UPID:n1:[0-9A-F:]+:appcreate:100:root@pam:");
            assertThat(jpvesh("create", "/nodes/n1/app/100/status/start").out()).contains("app 100 started with pid ");
            pid = runningPid();

            Files.writeString(rootfs().resolve("data.txt"), "v1");
            assertThat(proxmoxer("snapshot=s1", "snapshots")).contains("task appsnapshot OK\n")
                    .contains("snapshots ['current', 's1']\n");
            assertThat(configFile()).containsPattern("(?s)^cmd: .*\nname: e2e\nparent: s1\n.*\n\\[s1\\]\n#made by proxmoxer\n"
                    + ".*snaptime: \\d+\n");

            Files.writeString(rootfs().resolve("data.txt"), "v2");
            String rolledBack = proxmoxer("rollback=s1", "status");
            assertThat(rolledBack).contains("task approllback OK\n", "status stopped\n")
                    .containsPattern("log .*app 100 rolled back to snapshot 's1' \\| TASK OK\n");
            assertThat(rootfs().resolve("data.txt")).hasContent("v1");

            assertThat(jpvesh("create", "/nodes/n1/app/100/status/start").out()).contains("app 100 started with pid ");
            pid = runningPid();

            assertThat(proxmoxer("concurrent", "token=e2e")).contains("concurrent done\n",
                    "token root@pam!e2e running\n");
            String conf = configFile();
            assertThat(conf).contains("name: a19\n", "tags: b19\n", "\n[s1]\n");
            AppGuests.CODEC.parse(100, conf.getBytes(StandardCharsets.UTF_8), true); // strict: no damage
        }

        try (NodeProcess second = NodeProcess.start(data, "n1")) {
            node = second;
            assertThat(second.output()).noneMatch(l -> l.startsWith("created root@pam"));
            assertThat(runningPid()).as("the app keeps running across a node restart").isEqualTo(pid);
            JsonNode tasks = jpveshJson("get", "/nodes/n1/tasks", "--limit", "100");
            List<String> types = new ArrayList<>();
            tasks.forEach(t -> {
                types.add(t.path("type").asString());
                assertThat(t.path("status").asString()).as(t.toString()).isEqualTo("OK");
            });
            assertThat(types).contains("appcreate", "appstart", "appsnapshot", "approllback");

            assertThat(proxmoxer("delsnapshot=s1", "stop", "destroy")).contains("task appdelsnapshot OK\n",
                    "task appstop OK\n", "task appdestroy OK\n");
            assertThat(data.resolve("etc/nodes/n1/app/100.conf")).doesNotExist();
            assertThat(data.resolve("storage/images/100")).doesNotExist();
        }
    }

    static boolean proxmoxerInstalled() throws Exception {
        if (!Files.isExecutable(PYTHON)) {
            return false;
        }
        Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import proxmoxer, requests")
                .redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
