package dev.jpve.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigStoresTest {
    @TempDir
    Path root;

    @Test
    void anEmptyOrLocalSpecOpensTheLocalDirectory() {
        assertThat(ConfigStores.open("", root, "pve1")).isInstanceOfSatisfying(LocalConfigStore.class,
                store -> assertThat(store.root()).isEqualTo(root.toAbsolutePath().normalize()));
        assertThat(ConfigStores.open(null, root, "pve1")).isInstanceOf(LocalConfigStore.class);
        assertThat(ConfigStores.open("local", root, "pve2").localNode()).isEqualTo("pve2");
    }

    @Test
    void anEtcdSpecListsTheEndpointsAndAnOptionalPrefix() {
        try (var store = (EtcdConfigStore) ConfigStores.open("etcd:http://h1:2379,http://h2:2379", root, "pve1")) {
            assertThat(store.endpoints()).containsExactly(URI.create("http://h1:2379"), URI.create("http://h2:2379"));
            assertThat(store.prefix()).isEqualTo("/jpve/");
            assertThat(store.localNode()).isEqualTo("pve1");
        }
        try (var store = (EtcdConfigStore) ConfigStores.open("etcd:http://h1:2379?prefix=/x/", root, "pve1")) {
            assertThat(store.endpoints()).isEqualTo(List.of(URI.create("http://h1:2379")));
            assertThat(store.prefix()).isEqualTo("/x/");
        }
    }

    @Test
    void malformedSpecsAreRefused() {
        assertThatThrownBy(() -> ConfigStores.open("zookeeper:h1", root, "pve1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown config store");
        assertThatThrownBy(() -> ConfigStores.open("etcd:", root, "pve1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no etcd endpoint");
        assertThatThrownBy(() -> ConfigStores.open("etcd:h1:2379", root, "pve1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("invalid etcd endpoint");
        assertThatThrownBy(() -> ConfigStores.open("etcd:http://h1:2379?prefix=x", root, "pve1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start and end with '/'");
        assertThatThrownBy(() -> ConfigStores.open("etcd:http://h1:2379?ttl=3", root, "pve1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown etcd option");
    }
}
