package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.cluster.LocalConfigStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/**
 * The set-up of the spec 5.3 snapshot scenarios: config files of one guest type in a local store
 * under a temporary directory, the clock fixed at upstream's test snaptime 1234567890.
 */
abstract class SnapshotFileTest {
    @TempDir
    Path root;

    final List<String> warnings = new ArrayList<>();

    /** The guest type with its lock files under the directory. */
    abstract GuestKind kind(Path lockDir);

    /** The test hooks of the guest type. */
    abstract SnapshotHooks hooks();

    Snapshots snaps() {
        GuestConfigs configs = new GuestConfigs(kind(root.resolve("lock")),
                LocalConfigStore.open(root.resolve("pve"), "pve1"), warnings::add,
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new Snapshots(configs, hooks(), Clock.fixed(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC),
                warnings::add);
    }

    Path file(int vmid) {
        return root.resolve("pve/nodes/pve1/" + kind(root).directory() + "/" + vmid + ".conf");
    }

    void given(int vmid, String text) throws IOException {
        Files.createDirectories(file(vmid).getParent());
        Files.writeString(file(vmid), text);
    }

    String read(int vmid) throws IOException {
        return Files.readString(file(vmid));
    }

    /** Runs the operation on the file and checks upstream's error text and that the file did not change. */
    void failsUnchanged(int vmid, String start, Executable op, String upstreamText) throws IOException {
        given(vmid, start);
        assertThatThrownBy(op::execute).isInstanceOf(GuestConfigException.class)
                .extracting(e -> ((GuestConfigException) e).upstreamText()).isEqualTo(upstreamText);
        assertThat(read(vmid)).isEqualTo(start);
    }

    static String snap(String name, String body) {
        return "\n[" + name + "]\n" + body;
    }
}
