package dev.jpve.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalConfigStoreTest extends ConfigStoreContract {
    @TempDir
    Path root;

    @Override
    ConfigStore store(String node) {
        return LocalConfigStore.open(root, node);
    }

    @Override
    ConfigStore store(String node, Set<String> types) {
        return LocalConfigStore.open(root, node, types);
    }

    @Test
    void configsLiveUnderUpstreamsLayout() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.createConfig("qemu-server", 100, bytes("lock: create\n"));
        store.createConfig("lxc", 200, bytes("lock: create\n"));
        assertThat(root.resolve("nodes/pve1/qemu-server/100.conf")).hasContent("lock: create");
        assertThat(root.resolve("nodes/pve1/lxc/200.conf")).exists();
        assertThat(ConfigStore.configPath("pve2", "lxc", 7)).isEqualTo("nodes/pve2/lxc/7.conf");
    }

    @Test
    void writesLeaveNoTempFiles() throws IOException {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        store.write("nodes/pve1/qemu-server/100.conf", bytes("one\n"));
        store.write("nodes/pve1/qemu-server/100.conf", bytes("two\n"));
        try (var files = Files.list(root.resolve("nodes/pve1/qemu-server"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("100.conf");
        }
    }

    @Test
    void theFilesClusterLockIsAFileUnderPrivLock() throws Exception {
        LocalConfigStore store = LocalConfigStore.open(root, "pve1");
        assertThat(store.lockFile("replication.cfg", null, () -> "ran")).isEqualTo("ran");
        assertThat(root.resolve("priv/lock/file-replication_cfg")).exists();
    }
}
