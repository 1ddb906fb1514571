package dev.jpve.guest.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.cluster.LocalConfigStore;
import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.VolumeKind;
import dev.jpve.guest.VolumeStorage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Spec 1.5.5: snapshot delete and rollback of a guest with replication jobs. */
class ReplicationGuardTest {
    @TempDir
    Path root;

    /** Local volumes {@code local:<vmid>/<name>} that replicate; their snapshots in a map. */
    static final class Storage implements VolumeStorage, ReplicationGuard.SnapshotStorage {
        final Map<String, List<String>> snapshots = new HashMap<>();
        final Map<String, List<String>> blockers = new HashMap<>();
        final List<String> deleted = new ArrayList<>();

        @Override
        public Optional<String> storageOf(String volid) {
            return volid.startsWith("local:") ? Optional.of("local") : Optional.empty();
        }

        @Override
        public boolean isShared(String storeid) {
            return false;
        }

        @Override
        public VolumeInfo info(String volid) {
            return new VolumeInfo(OptionalInt.of(Integer.parseInt(volid.replaceAll("local:(\\d+)/.*", "$1"))), "images");
        }

        @Override
        public boolean hasFeature(String feature, String volid, Optional<String> snapname, boolean running,
                Set<String> validTargetFormats) {
            return true;
        }

        @Override
        public List<String> snapshots(String volid) {
            return snapshots.getOrDefault(volid, List.of());
        }

        @Override
        public Optional<List<String>> rollbackBlockers(String volid, String snapname) {
            return Optional.ofNullable(blockers.get(volid));
        }

        @Override
        public void deleteSnapshot(String volid, String snapname) {
            deleted.add(volid + "@" + snapname);
        }
    }

    private final Storage storage = new Storage();
    private final List<String> warnings = new ArrayList<>();
    private ReplicationGuard guard;

    private static final ConfigSection SNAP = ConfigSection.of(Map.of("scsi0", "local:100/vm-100-disk-0,size=4G",
            "scsi1", "local:100/vm-100-disk-1,size=4G,replicate=0"));
    private static final GuestConfig CONF = GuestConfig.of(SNAP);

    @BeforeEach
    void setUp() throws IOException {
        Files.writeString(root.resolve("replication.cfg"), "local: 100-0\n\ttarget pve2\n\nlocal: 100-1\n\ttarget pve3\n");
        guard = new ReplicationGuard(new ReplicationConfigs(LocalConfigStore.open(root, "pve1")), VolumeKind.qemu(),
                storage, storage, warnings::add);
    }

    @Test
    void aSnapshotIsNeededUntilEveryJobHasReplicatedItsVolumes() {
        storage.snapshots.put("local:100/vm-100-disk-0", List.of("s1", "__replicate_100-0_1700000000__"));
        assertThatThrownBy(() -> guard.assertNotNeeded(100, CONF, SNAP, "s1"))
                .hasMessage("snapshot 's1' needed by replication job '100-1' - run replication first");

        storage.snapshots.put("local:100/vm-100-disk-0", List.of("s1", "__replicate_100-0_1700000000__",
                "__replicate_100-1_1700000100__"));
        guard.assertNotNeeded(100, CONF, SNAP, "s1"); // the volume with replicate=0 is not asked for
    }

    @Test
    void aGuestWithoutJobsIsNotGuarded() {
        guard.assertNotNeeded(101, CONF, SNAP, "s1");
        guard.removeBlockers(101, SNAP, "s1");
        assertThat(storage.deleted).isEmpty();
    }

    @Test
    void replicationSnapshotsBlockingARollbackAreRemovedWithWarnings() {
        storage.blockers.put("local:100/vm-100-disk-0", List.of("__replicate_100-0_1700000000__"));
        guard.removeBlockers(100, SNAP, "s1");
        assertThat(storage.deleted).containsExactly("local:100/vm-100-disk-0@__replicate_100-0_1700000000__");
        assertThat(warnings).containsExactly(
                "WARN: removing replication snapshot 'local:100/vm-100-disk-0@__replicate_100-0_1700000000__'",
                "WARN: you shouldn't remove 's1' before running the next replication!");
    }

    @Test
    void anOrdinarySnapshotAmongTheBlockersLeavesThemAllInPlace() {
        storage.blockers.put("local:100/vm-100-disk-0", List.of("__replicate_100-0_1700000000__", "s2"));
        guard.removeBlockers(100, SNAP, "s1");
        assertThat(storage.deleted).isEmpty();
    }

    @Test
    void aStorageThatCannotNameBlockersLosesEveryReplicationSnapshotOfTheVolume() {
        storage.snapshots.put("local:100/vm-100-disk-0", List.of("s1", "__replicate_100-0_1700000000__",
                "__replicate_100-1_1700000100__"));
        guard.removeBlockers(100, SNAP, "s1");
        assertThat(storage.deleted).containsExactly("local:100/vm-100-disk-0@__replicate_100-0_1700000000__",
                "local:100/vm-100-disk-0@__replicate_100-1_1700000100__");
    }
}
