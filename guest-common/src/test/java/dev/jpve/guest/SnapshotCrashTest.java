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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A child JVM killed with SIGKILL at a step of a snapshot operation leaves upstream's crash state
 * (spec guest.md 1.5, 6.3); unlocking and running the operation again (a forced delete for a
 * crashed create, then the create) recovers.
 */
class SnapshotCrashTest {
    static final String VM = SnapshotsTest.BASE;
    static final String VM_WITH_TEST = VM.replace("sockets", "parent: test\nsockets") + "\n[test]\n"
            + VM.replace("sockets", "snaptime: 1234567890\nsockets");
    static final String VM_PREPARED = VM.replace("memory", "lock: snapshot\nmemory") + "\n[test]\n#test comment\n"
            + VM.replace("sockets", "snapstate: prepare\nsnaptime: 1234567890\nsockets");
    static final String VM_DELETING = VM.replace("memory", "lock: snapshot-delete\nmemory")
            .replace("sockets", "parent: test\nsockets") + "\n[test]\n"
            + VM.replace("sockets", "snapstate: delete\nsnaptime: 1234567890\nsockets");
    static final String VM_TWO_DISKS = VM.replace("sockets", "sata0: local:snapshotable-disk-2\nsockets");
    static final String VM_ROLLBACK = VM.replace("cores: 4", "cores: 2").replace("sockets", "parent: test\nsockets")
            + "\n[test]\n" + VM;
    static final String VM_ROLLED_BACK = VM.replace("sockets", "parent: test\nsockets") + "\n[test]\n" + VM;

    static final String CT = ContainerSnapshotsTest.BASE;
    static final String CT_WITH_TEST = CT.replace("rootfs", "parent: test\nrootfs") + "\n[test]\n"
            + CT.replace("swap", "snaptime: 1234567890\nswap");
    static final String CT_PREPARED = CT.replace("memory", "lock: snapshot\nmemory") + "\n[test]\n#test comment\n"
            + CT.replace("swap", "snapstate: prepare\nsnaptime: 1234567890\nswap");
    static final String CT_ROLLBACK = CT_WITH_TEST.replaceFirst("cpulimit: 1", "cpulimit: 2");

    private static final Pattern LOCK = Pattern.compile("^lock: (\\S+)$", Pattern.MULTILINE);

    @TempDir
    Path root;

    /**
     * One crash.
     *
     * @param kind {@code qemu} or {@code lxc}
     * @param op the operation of the child
     * @param point where it is killed ({@link HaltingHooks})
     * @param start the file before
     * @param crashed the file the killed child leaves
     * @param recovered the file after unlock and retry
     */
    record Crash(String kind, String op, String point, String start, String crashed, String recovered) {
        @Override
        public String toString() {
            return kind + " " + op + " killed at " + point;
        }
    }

    static Stream<Crash> crashes() {
        String vmstate = VM_WITH_TEST + "vmstate: local:state\n";
        return Stream.of(
                new Crash("qemu", "create", "activateStorages#1", VM, VM_PREPARED, VM_WITH_TEST),
                new Crash("qemu", "create", "volumeSnapshotsHook#1", VM, VM_PREPARED, VM_WITH_TEST),
                new Crash("qemu", "create", "createVolumeSnapshot#1", VM, VM_PREPARED, VM_WITH_TEST),
                new Crash("qemu", "create", "volumeSnapshotsHook#3", VM, VM_PREPARED, VM_WITH_TEST),
                new Crash("qemu", "delete", "activateStorages#1", VM_WITH_TEST, VM_WITH_TEST, VM),
                new Crash("qemu", "delete", "deleteVmstate#1", vmstate, VM_DELETING + "vmstate: local:state\n", VM),
                new Crash("qemu", "delete", "deleteVolumeSnapshot#1", VM_WITH_TEST, VM_DELETING, VM),
                new Crash("qemu", "delete", "deleteVolumeSnapshot#3", VM_TWO_DISKS.replace("sata0",
                        "parent: test\nsata0") + "\n[test]\n" + VM_TWO_DISKS, VM_TWO_DISKS.replace("sata0",
                        "parent: test\nsata0").replace("memory", "lock: snapshot-delete\nmemory") + "\n[test]\n"
                        + VM_TWO_DISKS.replace(SnapshotsTest.DISK1 + "ide2: none,media=cdrom\n", "")
                                .replace("sockets", "snapstate: delete\nsockets")
                                .replace("vga", "unused0: local:snapshotable-disk-1\nvga"), VM_TWO_DISKS),
                new Crash("qemu", "rollback", "assertRollbackPossible#1", VM_ROLLBACK, null, VM_ROLLED_BACK),
                new Crash("qemu", "rollback", "stopForRollback#1", VM_ROLLBACK, null, VM_ROLLED_BACK),
                new Crash("qemu", "rollback", "rollbackVolume#1", VM_ROLLBACK,
                        VM_ROLLBACK.replaceFirst("memory", "lock: rollback\nmemory"), VM_ROLLED_BACK),
                new Crash("qemu", "rollback", "startFromVmstate#1", VM_ROLLBACK + "vmstate: local:state\n",
                        VM_ROLLED_BACK + "vmstate: local:state\n", null),
                new Crash("lxc", "create", "createVolumeSnapshot#1", CT, CT_PREPARED, CT_WITH_TEST),
                new Crash("lxc", "create", "thaw#1", CT, CT_PREPARED, CT_WITH_TEST),
                new Crash("lxc", "delete", "deleteVolumeSnapshot#1", CT_WITH_TEST,
                        CT.replace("memory", "lock: snapshot-delete\nmemory").replace("rootfs", "parent: test\nrootfs")
                                + "\n[test]\n" + CT.replace("swap", "snapstate: delete\nsnaptime: 1234567890\nswap"),
                        CT),
                new Crash("lxc", "rollback", "rollbackVolume#1", CT_ROLLBACK,
                        CT_ROLLBACK.replaceFirst("memory", "lock: rollback\nmemory"), CT_WITH_TEST));
    }

    @ParameterizedTest
    @MethodSource("crashes")
    void aKilledOperationLeavesUpstreamsCrashStateUntilUnlockAndRetry(Crash crash)
            throws IOException, InterruptedException {
        String crashed = killAt(crash);
        assertThat(crashed).isEqualTo(crash.crashed() == null ? crash.start() : crash.crashed());
        Matcher lock = LOCK.matcher(crashed);
        if (lock.find()) {
            configs(crash.kind()).removeLock(100, Optional.of(lock.group(1)));
        }
        Snapshots snapshots = snapshots(crash.kind());
        switch (crash.op()) {
            case "create" -> {
                snapshots.delete(100, "test", true);
                assertThat(Files.readString(file(crash.kind()))).isEqualTo(crash.start());
                snapshots.create(100, "test", false, "");
            }
            case "delete" -> snapshots.delete(100, "test", false);
            default -> {
                if (crash.recovered() != null) {
                    snapshots.rollback(100, "test");
                }
            }
        }
        String expected = crash.recovered() != null ? crash.recovered() : crashed;
        assertThat(Files.readString(file(crash.kind()))).isEqualTo(expected);
    }

    private Path file(String kind) {
        return root.resolve("pve/nodes/pve1/" + (kind.equals("qemu") ? "qemu-server" : "lxc") + "/100.conf");
    }

    private GuestConfigs configs(String kind) {
        GuestKind guestKind = kind.equals("qemu") ? GuestKind.qemu(root.resolve("lock"))
                : GuestKind.lxc(root.resolve("lock"));
        return new GuestConfigs(guestKind, LocalConfigStore.open(root.resolve("pve"), "pve1"), w -> {},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private Snapshots snapshots(String kind) {
        SnapshotHooks guest;
        if (kind.equals("qemu")) {
            RecordingGuest vm = new RecordingGuest();
            vm.running = false;
            guest = vm;
        } else {
            ContainerGuest ct = new ContainerGuest();
            ct.running = false;
            guest = ct;
        }
        return new Snapshots(configs(kind), guest, Clock.fixed(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC),
                w -> {});
    }

    private String killAt(Crash crash) throws IOException, InterruptedException {
        Path file = file(crash.kind());
        Files.createDirectories(file.getParent());
        Files.writeString(file, crash.start());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                CrashChild.class.getName(), root.toString(), crash.kind(), crash.op(), crash.point()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("AT " + crash.point());
            child.destroyForcibly();
            child.waitFor();
        }
        return Files.readString(file);
    }
}
