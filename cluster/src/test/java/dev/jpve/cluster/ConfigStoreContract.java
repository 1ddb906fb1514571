package dev.jpve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.schema.ApiException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ConfigStore} does, whatever keeps the files: run for each implementation by a
 * subclass that opens stores sharing one fresh cluster per test.
 */
abstract class ConfigStoreContract {
    /** A store acting as {@code node} on this test's cluster, listing the default guest types. */
    abstract ConfigStore store(String node);

    /** A store acting as {@code node} on this test's cluster, listing these guest types. */
    abstract ConfigStore store(String node, Set<String> types);

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static Optional<String> text(Optional<byte[]> data) {
        return data.map(b -> new String(b, StandardCharsets.UTF_8));
    }

    @Test
    void writesReplaceTheFileAndReadsSeeTheLastWrite() throws Exception {
        ConfigStore store = store("pve1");
        assertThat(store.read("nodes/pve1/qemu-server/100.conf")).isEmpty();
        store.write("nodes/pve1/qemu-server/100.conf", bytes("one\n"));
        store.write("nodes/pve1/qemu-server/100.conf", bytes("two\n"));
        assertThat(text(store.read("nodes/pve1/qemu-server/100.conf"))).contains("two\n");
        assertThat(text(store("pve2").read("nodes/pve1/qemu-server/100.conf"))).contains("two\n");
        assertThat(store.localNode()).isEqualTo("pve1");
    }

    @Test
    void createdConfigsAreReadableAndListedWithTheirOwner() throws Exception {
        ConfigStore store = store("pve1");
        store.createConfig("qemu-server", 100, bytes("lock: create\n"));
        store.createConfig("lxc", 200, bytes("lock: create\n"));
        assertThat(text(store.read("nodes/pve1/qemu-server/100.conf"))).contains("lock: create\n");
        assertThat(store.read("nodes/pve1/qemu-server/101.conf")).isEmpty();
        assertThat(store.guests()).isEqualTo(Map.of(100, new GuestEntry(100, "pve1", "qemu-server"),
                200, new GuestEntry(200, "pve1", "lxc")));
        assertThat(store.owner(200).map(GuestEntry::typeWord)).contains("CT");
        assertThat(store.owner(300)).isEmpty();
    }

    @Test
    void createFailsWhenTheVmidExistsOnAnyNode() throws Exception {
        ConfigStore pve1 = store("pve1");
        ConfigStore pve2 = store("pve2");
        pve1.createConfig("qemu-server", 100, bytes(""));
        pve2.createConfig("lxc", 101, bytes(""));
        assertThatThrownBy(() -> pve2.createConfig("lxc", 100, bytes("x")))
                .isInstanceOf(StoreException.class).hasMessage("VM 100 already exists on node 'pve1'");
        assertThatThrownBy(() -> pve1.createConfig("qemu-server", 101, bytes("x")))
                .isInstanceOf(StoreException.class).hasMessage("CT 101 already exists on node 'pve2'");
        assertThat(pve1.guests()).isEqualTo(Map.of(100, new GuestEntry(100, "pve1", "qemu-server"),
                101, new GuestEntry(101, "pve2", "lxc")));
        assertThat(pve2.read("nodes/pve2/lxc/100.conf")).isEmpty();
    }

    @Test
    void concurrentCreatorsOfOneVmidLetExactlyOneWinAndTellTheOthersWho() throws Exception {
        int nodes = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<String>> creators = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            ConfigStore store = store("node" + i);
            creators.add(() -> {
                start.await();
                try {
                    store.createConfig("qemu-server", 500, bytes("x"));
                    return "won";
                } catch (StoreException e) {
                    return e.getMessage();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        try {
            List<Future<String>> outcomes = creators.stream().map(pool::submit).toList();
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            String winner = store("any").owner(500).orElseThrow().node();
            assertThat(results.get(Integer.parseInt(winner.substring("node".length())))).isEqualTo("won");
            assertThat(results).filteredOn(r -> !r.equals("won")).hasSize(nodes - 1)
                    .containsOnly("VM 500 already exists on node '" + winner + "'");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void destroyRemovesTheLocalConfigAndFreesTheVmid() throws Exception {
        ConfigStore store = store("pve1");
        store.createConfig("qemu-server", 100, bytes(""));
        store.destroyConfig("qemu-server", 100);
        assertThat(store.owner(100)).isEmpty();
        assertThat(store.read("nodes/pve1/qemu-server/100.conf")).isEmpty();
        assertThatThrownBy(() -> store.destroyConfig("qemu-server", 100))
                .isInstanceOf(StoreException.class)
                .hasMessage("failed to remove config file: No such file or directory");
        store("pve2").createConfig("lxc", 100, bytes(""));
        assertThat(store.owner(100)).contains(new GuestEntry(100, "pve2", "lxc"));
    }

    @Test
    void movingAConfigChangesItsOwnerAndKeepsItsContent() throws Exception {
        ConfigStore store = store("pve1");
        store.createConfig("lxc", 300, bytes("a: 1\n"));
        store.moveConfigToNode("lxc", 300, "pve2");
        assertThat(store.owner(300)).contains(new GuestEntry(300, "pve2", "lxc"));
        assertThat(text(store.read("nodes/pve2/lxc/300.conf"))).contains("a: 1\n");
        assertThat(store.read("nodes/pve1/lxc/300.conf")).isEmpty();
        assertThatThrownBy(() -> store.moveConfigToNode("lxc", 300, "pve3"))
                .isInstanceOf(StoreException.class)
                .hasMessage("failed to move config file to node 'pve3': No such file or directory");
        assertThatThrownBy(() -> store.createConfig("qemu-server", 300, bytes("")))
                .hasMessage("CT 300 already exists on node 'pve2'");
    }

    @Test
    void otherGuestTypesAreListedOnlyWhenRegistered() throws Exception {
        store("pve1").write("nodes/pve1/dg/42.conf", bytes(""));
        assertThat(store("pve1").guests()).isEmpty();
        assertThat(store("pve1", Set.of("dg")).owner(42)).contains(new GuestEntry(42, "pve1", "dg"));
    }

    @Test
    void pathsCannotEscapeTheStore() {
        ConfigStore store = store("pve1");
        assertThatThrownBy(() -> store.read("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.read("/etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store("a/b")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void lockFileRunsTheCodeAndPrefixesItsErrorsWithTheLockId() throws Exception {
        ConfigStore store = store("pve1");
        assertThat(store.lockFile("replication.cfg", null, () -> "ran")).isEqualTo("ran");
        assertThatThrownBy(() -> store.lockFile("replication.cfg", null, () -> {
            throw new IllegalStateException("boom\n");
        })).isInstanceOf(StoreException.class).hasMessage("cfs-lock 'file-replication_cfg' error: boom");
        ApiException apiError = ApiException.of(404, "no such job\n");
        assertThatThrownBy(() -> store.lockFile("replication.cfg", null, () -> {
            throw apiError;
        })).isSameAs(apiError);
        assertThat(store.lockFile("replication.cfg", Duration.ofMillis(100), () -> "released")).isEqualTo("released");
    }

    @Test
    void lockFileTimesOutWhileAnotherNodeHoldsTheLock() throws Exception {
        ConfigStore pve1 = store("pve1");
        ConfigStore pve2 = store("pve2");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<Object> holder = pool.submit(() -> pve1.lockFile("replication.cfg", null, () -> {
                held.countDown();
                release.await();
                return null;
            }));
            held.await();
            assertThatThrownBy(() -> pve2.lockFile("replication.cfg", Duration.ofMillis(100), () -> "no"))
                    .isInstanceOf(StoreException.class)
                    .hasMessage("cfs-lock 'file-replication_cfg' error: got lock request timeout");
            assertThat(pve2.lockFile("storage.cfg", Duration.ofMillis(100), () -> "other file")).isEqualTo("other file");
            release.countDown();
            holder.get();
            assertThat(pve2.lockFile("replication.cfg", Duration.ofMillis(100), () -> "free")).isEqualTo("free");
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }
}
