package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jpve.cluster.LocalConfigStore;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A child JVM killed with SIGKILL in the middle of a snapshot operation leaves upstream's crash state. */
class SnapshotCrashTest {
    static final String BASE = SnapshotsTest.BASE;
    static final String WITH_TEST = BASE.replace("sockets", "parent: test\nsockets") + "\n[test]\n"
            + BASE.replace("sockets", "snaptime: 1234567890\nsockets");

    @TempDir
    Path root;

    final RecordingGuest guest = new RecordingGuest();

    private Path file() {
        return root.resolve("pve/nodes/pve1/qemu-server/100.conf");
    }

    private GuestConfigs configs() {
        return new GuestConfigs(GuestKind.qemu(root.resolve("lock")), LocalConfigStore.open(root.resolve("pve"), "pve1"),
                w -> {}, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private Snapshots snapshots() {
        guest.running = false;
        return new Snapshots(configs(), guest, Clock.fixed(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC),
                w -> {});
    }

    private String killAt(String start, String step) throws IOException, InterruptedException {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), start);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), root.toString(), step)).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("AT " + step);
            child.destroyForcibly();
            child.waitFor();
        }
        return Files.readString(file());
    }

    @Test
    void aCreateKilledAtTheVolumeStepLeavesTheSnapshotLockAndPrepareStateUntilUnlockAndForcedDelete()
            throws IOException, InterruptedException {
        String crashed = killAt(BASE, "create");
        assertThat(crashed).isEqualTo(BASE.replace("memory", "lock: snapshot\nmemory") + "\n[test]\n#test comment\n"
                + BASE.replace("sockets", "snapstate: prepare\nsnaptime: 1234567890\nsockets"));
        configs().removeLock(100, Optional.empty());
        snapshots().delete(100, "test", true);
        assertThat(Files.readString(file())).isEqualTo(BASE);
        snapshots().create(100, "test", false, "");
        assertThat(Files.readString(file())).isEqualTo(WITH_TEST);
    }

    @Test
    void aDeleteKilledAtTheVolumeStepLeavesTheDeleteLockAndDeleteStateUntilUnlockAndRetry()
            throws IOException, InterruptedException {
        String crashed = killAt(WITH_TEST, "delete");
        assertThat(crashed).isEqualTo(BASE.replace("memory", "lock: snapshot-delete\nmemory")
                .replace("sockets", "parent: test\nsockets") + "\n[test]\n"
                + BASE.replace("sockets", "snapstate: delete\nsnaptime: 1234567890\nsockets"));
        configs().removeLock(100, Optional.of("snapshot-delete"));
        snapshots().delete(100, "test", false);
        assertThat(Files.readString(file())).isEqualTo(BASE);
    }

    @Test
    void aRollbackKilledAtTheVolumeStepLeavesTheRollbackLockUntilUnlockAndRetry()
            throws IOException, InterruptedException {
        String crashed = killAt(WITH_TEST, "rollback");
        assertThat(crashed).isEqualTo(WITH_TEST.replaceFirst("memory", "lock: rollback\nmemory"));
        configs().removeLock(100, Optional.of("rollback"));
        snapshots().rollback(100, "test");
        assertThat(Files.readString(file())).isEqualTo(WITH_TEST);
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test");
    }

    @Test
    void aDeleteKilledAtTheSecondVolumeKeepsTheFirstOneAsUnusedInsideTheSnapshotUntilUnlockAndRetry()
            throws IOException, InterruptedException {
        String disks = BASE.replace("sockets", "sata0: local:snapshotable-disk-2\nsockets");
        String main = disks.replace("sata0", "parent: test\nsata0");
        String crashed = killAt(main + "\n[test]\n" + disks, "delete-second");
        assertThat(crashed).isEqualTo(main.replace("memory", "lock: snapshot-delete\nmemory") + "\n[test]\n"
                + disks.replace("ide0: local:snapshotable-disk-1,discard=on,size=32G\nide2: none,media=cdrom\n", "")
                        .replace("sockets", "snapstate: delete\nsockets")
                        .replace("vga", "unused0: local:snapshotable-disk-1\nvga"));
        configs().removeLock(100, Optional.of("snapshot-delete"));
        snapshots().delete(100, "test", false);
        assertThat(guest.calls).containsExactly("delete local:snapshotable-disk-2@test");
        assertThat(Files.readString(file())).isEqualTo(disks);
    }
}
