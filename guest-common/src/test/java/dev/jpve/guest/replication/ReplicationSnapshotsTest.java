package dev.jpve.guest.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplicationSnapshotsTest {
    @Test
    void replicationSnapshotsAreRecognizedByTheirPrefix() {
        String name = ReplicationSnapshots.name("100-0", 1234567890);
        assertThat(name).isEqualTo("__replicate_100-0_1234567890__");
        assertThat(ReplicationSnapshots.isReplicationSnapshot(name, Optional.empty())).isTrue();
        assertThat(ReplicationSnapshots.isReplicationSnapshot(name, Optional.of("100-0"))).isTrue();
        assertThat(ReplicationSnapshots.isReplicationSnapshot(name, Optional.of("100-1"))).isFalse();
        assertThat(ReplicationSnapshots.isReplicationSnapshot("before-upgrade", Optional.empty())).isFalse();
    }
}
