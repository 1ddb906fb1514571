package dev.jpve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a real etcd started for this class; each test gets its own key prefix. */
class EtcdConfigStoreTest extends ConfigStoreContract {
    private static final AtomicInteger TESTS = new AtomicInteger();

    @TempDir
    static Path etcdDir;

    private static EtcdProcess etcd;

    private final List<EtcdConfigStore> opened = new ArrayList<>();
    private String prefix;

    @BeforeAll
    static void startEtcd() throws Exception {
        Assumptions.assumeTrue(EtcdProcess.installed(),
                "etcd is not installed at " + EtcdProcess.BINARY + " (Debian package etcd-server)");
        etcd = EtcdProcess.start(etcdDir);
    }

    @AfterAll
    static void stopEtcd() throws Exception {
        if (etcd != null) {
            etcd.close();
        }
    }

    @BeforeEach
    void freshPrefix() {
        prefix = "/test" + TESTS.incrementAndGet() + "/";
    }

    @AfterEach
    void closeStores() {
        opened.forEach(EtcdConfigStore::close);
    }

    @Override
    ConfigStore store(String node) {
        return store(node, LocalConfigStore.DEFAULT_TYPES);
    }

    @Override
    ConfigStore store(String node, Set<String> types) {
        return keep(EtcdConfigStore.open(List.of(etcd.clientUrl()), prefix, node, types));
    }

    private EtcdConfigStore keep(EtcdConfigStore store) {
        opened.add(store);
        return store;
    }

    @Test
    void twoNodesCreatingOneVmidAtOnceGetOneConfigAndOneExactRefusal() throws Exception {
        ConfigStore pve1 = store("pve1");
        ConfigStore pve2 = store("pve2");
        for (int vmid = 1000; vmid < 1010; vmid++) {
            int id = vmid;
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                Future<String> one = pool.submit(() -> create(pve1, id, together));
                Future<String> two = pool.submit(() -> create(pve2, id, together));
                String first = one.get();
                String second = two.get();
                String winner = pve1.owner(id).orElseThrow().node();
                String loser = winner.equals("pve1") ? "pve2" : "pve1";
                assertThat(winner.equals("pve1") ? first : second).isEqualTo("won");
                assertThat(winner.equals("pve1") ? second : first)
                        .isEqualTo("VM " + id + " already exists on node '" + winner + "'");
                assertThat(pve2.read(ConfigStore.configPath(loser, "qemu-server", id))).isEmpty();
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static String create(ConfigStore store, int vmid, CyclicBarrier together) throws Exception {
        together.await();
        try {
            store.createConfig("qemu-server", vmid, bytes("name: " + store.localNode() + "\n"));
            return "won";
        } catch (StoreException e) {
            return e.getMessage();
        }
    }

    @Test
    void aClaimWhoseConfigWasRemovedBehindTheStoresBackIsTakenOver() throws Exception {
        ConfigStore pve1 = store("pve1");
        pve1.createConfig("qemu-server", 100, bytes(""));
        EtcdClient raw = new EtcdClient(List.of(etcd.clientUrl()));
        try (raw) {
            raw.txn(List.of(), List.of(EtcdClient.deleteOp(prefix + "nodes/pve1/qemu-server/100.conf")), List.of());
        }
        store("pve2").createConfig("lxc", 100, bytes(""));
        assertThat(pve1.owner(100)).contains(new GuestEntry(100, "pve2", "lxc"));
    }

    @Test
    void aRefusedEndpointIsSkippedForTheNextOne() throws Exception {
        URI dead = URI.create("http://127.0.0.1:" + EtcdProcess.freePort());
        EtcdConfigStore store = keep(EtcdConfigStore.open(List.of(dead, etcd.clientUrl()), prefix, "pve1"));
        store.write("nodes/pve1/qemu-server/100.conf", bytes("x"));
        assertThat(store.read("nodes/pve1/qemu-server/100.conf")).isPresent();
    }

    @Test
    void anUnreachableClusterIsAStoreErrorNamingTheEndpoints() throws Exception {
        URI dead = URI.create("http://127.0.0.1:" + EtcdProcess.freePort());
        EtcdConfigStore store = keep(EtcdConfigStore.open(List.of(dead), prefix, "pve1"));
        assertThatThrownBy(() -> store.read("nodes/pve1/qemu-server/100.conf"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cannot connect to etcd: " + dead + " (");
        assertThatThrownBy(() -> store.lockFile("storage.cfg", null, () -> "never"))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith("cfs-lock 'file-storage_cfg' error: cannot connect to etcd: " + dead);
    }
}
