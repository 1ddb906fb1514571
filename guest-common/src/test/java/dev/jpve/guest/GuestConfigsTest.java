package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.cluster.LocalConfigStore;
import dev.jpve.tools.LockException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuestConfigsTest {
    @TempDir
    Path root;

    private final List<String> warnings = new ArrayList<>();
    private final ByteArrayOutputStream progress = new ByteArrayOutputStream();

    private GuestConfigs engine(GuestKind kind, String node) {
        return new GuestConfigs(kind, LocalConfigStore.open(root.resolve("pve"), node), warnings::add,
                new PrintStream(progress, true, StandardCharsets.UTF_8));
    }

    private GuestConfigs vms() {
        return engine(GuestKind.qemu(root.resolve("lock/qemu-server")), "pve1");
    }

    private Path file(String rel) {
        return root.resolve("pve").resolve(rel);
    }

    @Test
    void createAndLockWritesOnlyTheCreateLockAndRefusesAUsedVmid() throws IOException {
        GuestConfigs vms = vms();
        vms.createAndLockConfig(100, false, Optional.empty());
        assertThat(file("nodes/pve1/qemu-server/100.conf")).hasContent("lock: create");
        GuestConfigs cts = engine(GuestKind.lxc(root.resolve("lock/lxc")), "pve2");
        assertThatThrownBy(() -> cts.createAndLockConfig(100, false, Optional.empty()))
                .isInstanceOf(GuestConfigException.class).hasMessage("VM 100 already exists on node 'pve1'");
        assertThatThrownBy(() -> vms.createAndLockConfig(100, true, Optional.of("clone")))
                .hasMessage("VM is locked (create)");
        assertThat(root.resolve("lock/qemu-server/lock-100.conf")).exists();
    }

    @Test
    void loadingAMissingConfigNamesTheRelativePath() {
        assertThatThrownBy(() -> vms().load(7)).isInstanceOf(GuestConfigException.class)
                .hasMessage("Configuration file 'nodes/pve1/qemu-server/7.conf' does not exist");
    }

    @Test
    void loadPassesParseWarningsToTheSinkAndKeepsWhatParses() throws IOException {
        Files.createDirectories(file("nodes/pve1/qemu-server"));
        Files.writeString(file("nodes/pve1/qemu-server/100.conf"), "cores: 2\nnuma: maybe\n");
        GuestConfig conf = vms().load(100);
        assertThat(conf.main().properties()).isEqualTo(Map.of("cores", "2"));
        assertThat(warnings).containsExactly(
                "vm 100 - unable to parse value of 'numa' - type check ('boolean') failed - got 'maybe'");
    }

    @Test
    void setAndRemoveLockUseUpstreamsTexts() throws IOException {
        GuestConfigs cts = engine(GuestKind.lxc(root.resolve("lock/lxc")), "pve1");
        cts.createAndLockConfig(200, false, Optional.of("create"));
        assertThatThrownBy(() -> cts.setLock(200, "backup")).hasMessage("CT is locked (create)");
        assertThatThrownBy(() -> cts.removeLock(200, Optional.of("backup")))
                .hasMessage("found lock 'create' trying to remove 'backup' lock");
        cts.removeLock(200, Optional.of("create"));
        assertThatThrownBy(() -> cts.removeLock(200, Optional.of("create")))
                .hasMessage("no lock found trying to remove 'create'  lock");
        assertThatThrownBy(() -> cts.removeLock(200, Optional.empty()))
                .hasMessage("no lock found trying to remove any lock");
        GuestConfig locked = cts.setLock(200, "backup");
        assertThat(LockProperty.hasLock(locked.main(), Optional.of("backup"))).isTrue();
        assertThat(LockProperty.hasLock(locked.main(), Optional.of("migrate"))).isFalse();
        assertThat(cts.load(200).main().get("lock")).contains("backup");
        cts.removeLock(200, Optional.empty());
        assertThat(file("nodes/pve1/lxc/200.conf")).content().isEmpty();
    }

    @Test
    void lockZeroIsNoLockAndProtectionBlocks() {
        ConfigSection conf = ConfigSection.of(Map.of("lock", "0", "protection", "1"));
        LockProperty.checkLock("VM", conf);
        assertThat(LockProperty.hasLock(conf, Optional.empty())).isFalse();
        assertThatThrownBy(() -> LockProperty.checkProtection(conf, "can't remove CT 100 drive 'mp0'"))
                .hasMessage("can't remove CT 100 drive 'mp0' - protection mode enabled");
        GuestConfig read = GuestConfig.of(conf);
        assertThatThrownBy(() -> LockProperty.assertIfModified(new GuestConfig(conf, ConfigSection.empty(),
                new java.util.TreeMap<>(), new java.util.TreeMap<>(), "aa"), "bb"))
                .hasMessage("detected modified configuration - file changed by other user? Try again.");
        LockProperty.assertIfModified(read, "bb");
    }

    @Test
    void destroyRemovesTheConfig() throws IOException {
        GuestConfigs vms = vms();
        vms.createAndLockConfig(100, false, Optional.empty());
        vms.destroyConfig(100);
        assertThatThrownBy(() -> vms.destroyConfig(100))
                .hasMessage("failed to remove config file: No such file or directory");
    }

    @Test
    void nestedLockOnTheSameGuestRunsAtOnce() throws IOException {
        GuestConfigs vms = vms();
        String inner = vms.lockConfig(100, () -> vms.lockConfigFull(100, Duration.ofMillis(200), true, () -> "ran"));
        assertThat(inner).isEqualTo("ran");
    }

    @Test
    void aHeldLockTimesOutWithUpstreamsMessage() throws Exception {
        GuestConfigs vms = vms();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = pool.submit(() -> vms.lockConfig(100, () -> {
                held.countDown();
                try {
                    done.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            held.await();
            Path lock = root.resolve("lock/qemu-server/lock-100.conf");
            assertThatThrownBy(() -> vms.lockConfigFull(100, Duration.ofMillis(300), false, () -> null))
                    .isInstanceOf(LockException.class)
                    .hasMessage("can't lock file '" + lock + "' - got timeout\n");
            done.countDown();
            holder.get();
        } finally {
            done.countDown();
            pool.shutdownNow();
        }
        assertThat(progress.toString(StandardCharsets.UTF_8)).startsWith("trying to acquire lock...");
    }

    @Test
    void concurrentWritersUnderTheLockLoseNoChange() throws Exception {
        GuestConfigs vms = vms();
        vms.createAndLockConfig(100, false, Optional.of("create"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Object>> jobs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        vms.lockConfig(100, () -> {
                            GuestConfig conf = vms.load(100);
                            int n = Integer.parseInt(conf.main().get("cores").orElse("0"));
                            return vms.write(100, conf.withMain(conf.main().with("cores", Integer.toString(n + 1))));
                        });
                    }
                    return null;
                }));
            }
            for (Future<Object> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(vms.load(100).main().get("cores")).contains("100");
    }

    @Test
    void currentConfigAppliesPendingValuesAndTruthyDeletions() throws IOException {
        Files.createDirectories(file("nodes/pve1/qemu-server"));
        Files.writeString(file("nodes/pve1/qemu-server/100.conf"),
                "cores: 1\nmemory: 512\nnuma: 0\n\n[PENDING]\ndelete: memory,numa\ncores: 2\n\n[s1]\ncores: 1\n");
        GuestConfigs vms = vms();
        GuestConfig pending = vms.loadCurrentConfig(100, false);
        assertThat(pending.main().properties()).isEqualTo(Map.of("cores", "2", "numa", "0"));
        assertThat(pending.snapshots()).isEmpty();
        assertThat(pending.digest()).isEqualTo(vms.load(100).digest());
        assertThat(vms.loadCurrentConfig(100, true).main().properties())
                .isEqualTo(Map.of("cores", "1", "memory", "512", "numa", "0"));
        assertThat(vms.loadSnapshotConfig(100, "s1").main().properties()).isEqualTo(Map.of("cores", "1"));
        assertThatThrownBy(() -> vms.loadSnapshotConfig(100, "s2")).hasMessage("snapshot 's2' does not exist");
        assertThat(vms.snapshotList(100)).containsExactly("s1");
        assertThat(vms.snapshotList(101)).isEmpty();
    }

    @Test
    void movingToAnotherNodeChangesTheOwner() throws IOException {
        GuestConfigs vms = vms();
        vms.createAndLockConfig(100, false, Optional.empty());
        vms.moveConfigToNode(100, "pve2");
        assertThat(vms.load(100, "pve2").main().get("lock")).contains("create");
        assertThatThrownBy(() -> vms.moveConfigToNode(100, "pve3"))
                .hasMessage("failed to move config file to node 'pve3': No such file or directory");
    }
}
