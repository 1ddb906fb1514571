package dev.jpve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalConfigStoreTest {
    @TempDir
    Path root;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void configsLiveUnderUpstreamsLayout() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.createConfig("qemu-server", 100, bytes("lock: create\n"));
        store.createConfig("lxc", 200, bytes("lock: create\n"));
        assertThat(root.resolve("nodes/pve1/qemu-server/100.conf")).hasContent("lock: create");
        assertThat(root.resolve("nodes/pve1/lxc/200.conf")).exists();
        assertThat(ConfigStore.configPath("pve2", "lxc", 7)).isEqualTo("nodes/pve2/lxc/7.conf");
        assertThat(store.read("nodes/pve1/qemu-server/100.conf")).hasValueSatisfying(
                b -> assertThat(new String(b, StandardCharsets.UTF_8)).isEqualTo("lock: create\n"));
        assertThat(store.read("nodes/pve1/qemu-server/101.conf")).isEmpty();
    }

    @Test
    void createFailsWhenTheVmidExistsOnAnyNode() throws IOException {
        LocalConfigStore pve1 = LocalConfigStore.open(root, "pve1");
        LocalConfigStore pve2 = LocalConfigStore.open(root, "pve2");
        pve1.createConfig("qemu-server", 100, bytes(""));
        pve2.createConfig("lxc", 101, bytes(""));
        assertThatThrownBy(() -> pve2.createConfig("lxc", 100, bytes("x")))
                .isInstanceOf(StoreException.class).hasMessage("VM 100 already exists on node 'pve1'");
        assertThatThrownBy(() -> pve1.createConfig("qemu-server", 101, bytes("x")))
                .hasMessage("CT 101 already exists on node 'pve2'");
        assertThat(pve1.guests()).isEqualTo(Map.of(100, new GuestEntry(100, "pve1", "qemu-server"),
                101, new GuestEntry(101, "pve2", "lxc")));
    }

    @Test
    void concurrentCreatorsOfOneVmidLetExactlyOneWin() throws Exception {
        List<Callable<Boolean>> creators = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            LocalConfigStore store = LocalConfigStore.open(root, "node" + i);
            creators.add(() -> {
                try {
                    store.createConfig("qemu-server", 500, bytes("x"));
                    return true;
                } catch (StoreException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            long wins = 0;
            for (Future<Boolean> f : pool.invokeAll(creators)) {
                wins += f.get() ? 1 : 0;
            }
            assertThat(wins).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void destroyRemovesTheLocalConfigAndReportsTheOsError() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.createConfig("qemu-server", 100, bytes(""));
        store.destroyConfig("qemu-server", 100);
        assertThat(store.owner(100)).isEmpty();
        assertThatThrownBy(() -> store.destroyConfig("qemu-server", 100))
                .hasMessage("failed to remove config file: No such file or directory");
    }

    @Test
    void movingAConfigChangesItsOwner() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.createConfig("lxc", 300, bytes("a: 1\n"));
        store.moveConfigToNode("lxc", 300, "pve2");
        assertThat(store.owner(300)).contains(new GuestEntry(300, "pve2", "lxc"));
        assertThat(store.owner(300).map(GuestEntry::typeWord)).contains("CT");
        assertThatThrownBy(() -> store.moveConfigToNode("lxc", 300, "pve3"))
                .hasMessage("failed to move config file to node 'pve3': No such file or directory");
    }

    @Test
    void writesReplaceAtomicallyAndLeaveNoTempFiles() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.write("nodes/pve1/qemu-server/100.conf", bytes("one\n"));
        store.write("nodes/pve1/qemu-server/100.conf", bytes("two\n"));
        try (var files = Files.list(root.resolve("nodes/pve1/qemu-server"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("100.conf");
        }
        assertThat(store.read("nodes/pve1/qemu-server/100.conf").map(b -> new String(b, StandardCharsets.UTF_8)))
                .isEqualTo(Optional.of("two\n"));
    }

    @Test
    void otherGuestTypesAreListedOnlyWhenRegistered() throws IOException {
        LocalConfigStore.open(root, "pve1").write("nodes/pve1/dg/42.conf", bytes(""));
        assertThat(LocalConfigStore.open(root, "pve1").guests()).isEmpty();
        assertThat(LocalConfigStore.open(root, "pve1", Set.of("dg")).owner(42))
                .contains(new GuestEntry(42, "pve1", "dg"));
    }

    @Test
    void pathsCannotEscapeTheRoot() {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        assertThatThrownBy(() -> store.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalConfigStore.open(root, "a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lockFileRunsTheCodeUnderTheFilesClusterLockAndPrefixesItsErrors() throws Exception {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        assertThat(store.lockFile("replication.cfg", null, () -> "ran")).isEqualTo("ran");
        assertThat(root.resolve("priv/lock/file-replication_cfg")).exists();
        assertThatThrownBy(() -> store.lockFile("replication.cfg", null, () -> {
            throw new IllegalStateException("boom\n");
        })).isInstanceOf(StoreException.class).hasMessage("cfs-lock 'file-replication_cfg' error: boom");
    }

    @Test
    void lockFileTimesOutWhileAnotherThreadHoldsTheLock() throws Exception {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> holder = pool.submit(() -> store.lockFile("replication.cfg", null, () -> {
                held.countDown();
                release.await();
                return null;
            }));
            held.await();
            assertThatThrownBy(() -> store.lockFile("replication.cfg", java.time.Duration.ofMillis(100), () -> "no"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("cfs-lock 'file-replication_cfg' error: got lock request timeout");
            release.countDown();
            holder.get();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
