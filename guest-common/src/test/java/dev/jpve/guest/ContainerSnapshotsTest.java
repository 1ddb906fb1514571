package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The container variants of the snapshot scenarios of spec guest.md 5.3 (pve-container
 * {@code snapshot-test.pm}; the numbers are the container test numbers) with the LXC codec.
 */
class ContainerSnapshotsTest extends SnapshotFileTest {
    static final String KEYS_A = "arch: amd64\ncpulimit: 1\nhostname: test\nmemory: 2048\n";
    static final String KEYS_B = "ostype: redhat\n";
    static final String ROOTFS = "rootfs: local:snapshotable-disk-1\n";
    static final String KEYS_C = "swap: 512\n";
    static final String BASE = KEYS_A + KEYS_B + ROOTFS + KEYS_C;

    final ContainerGuest guest = new ContainerGuest();

    @Override
    GuestKind kind(Path lockDir) {
        return GuestKind.lxc(lockDir);
    }

    @Override
    SnapshotHooks hooks() {
        return guest;
    }

    private static String withParent(String section, String parent) {
        return section.replace("rootfs", "parent: " + parent + "\nrootfs");
    }

    private static String committed(String body) {
        return body.replace("swap", "snaptime: 1234567890\nswap");
    }

    @Test
    void prepareLocksTheContainerAndRecordsACopyWithSnapstateAndSnaptime() throws IOException {
        given(101, BASE);
        snaps().prepare(101, "test", false, "test comment");
        assertThat(read(101)).isEqualTo(KEYS_A.replace("memory", "lock: snapshot\nmemory") + KEYS_B + ROOTFS + KEYS_C
                + snap("test", "#test comment\n" + BASE.replace("swap", "snapstate: prepare\nsnaptime: 1234567890\nswap")));
    }

    @Test
    void prepareCopiesTheMainParentAndRawLxcKeysIntoTheNewSnapshot() throws IOException {
        String main = withParent(BASE, "test") + "lxc.apparmor.profile: unconfined\n";
        given(102, main + snap("test", committed(BASE)));
        snaps().prepare(102, "test2", false, "");
        assertThat(read(102)).endsWith(snap("test2", withParent(BASE, "test")
                .replace("swap", "snapstate: prepare\nsnaptime: 1234567890\nswap")
                + "lxc.apparmor.profile: unconfined\n"));
    }

    @Test
    void prepareFailuresLeaveTheFileUntouchedWithContainerTexts() throws IOException {
        failsUnchanged(200, BASE + "lock: snapshot\n", () -> snaps().prepare(200, "test", false, ""),
                "CT is locked (snapshot)\n");
        failsUnchanged(201, BASE + snap("test", BASE), () -> snaps().prepare(201, "test", false, ""),
                "snapshot name 'test' already used\n");
        failsUnchanged(202, BASE, () -> snaps().prepare(202, "test", true, ""),
                "implement me - snapshot_save_vmstate\n");
        guest.feature = false;
        failsUnchanged(300, BASE, () -> snaps().prepare(300, "test", false, ""), "snapshot feature is not available\n");
    }

    @Test
    void commitEndsThePreparedSnapshotOrNamesTheProblem() throws IOException {
        String prepared = "#test comment\n" + BASE.replace("swap", "snapstate: prepare\nsnaptime: 1234567890\nswap");
        given(101, BASE.replace("memory", "lock: snapshot\nmemory") + snap("test", prepared));
        snaps().commit(101, "test");
        assertThat(read(101)).isEqualTo(withParent(BASE, "test")
                + snap("test", prepared.replace("snapstate: prepare\n", "")));
        failsUnchanged(201, BASE + snap("test", prepared), () -> snaps().commit(201, "test"), "missing snapshot lock\n");
        failsUnchanged(202, BASE + "lock: snapshot\n", () -> snaps().commit(202, "test"),
                "snapshot 'test' does not exist\n");
        failsUnchanged(203, BASE + "lock: snapshot\n" + snap("test", BASE), () -> snaps().commit(203, "test"),
                "wrong snapshot state\n");
    }

    @Test
    void createFreezesARunningContainerAndSnapshotsRootfsAndMountPoints() throws IOException {
        String mps = BASE.replace("ostype", "mp0: local:snapshotable-disk-2,mp=/mnt/a\n"
                + "mp1: local:snapshotable-disk-3,mp=/mnt/b\nmp2: /srv/bind,mp=/mnt/c\nostype");
        given(103, mps);
        snaps().create(103, "test", false, "test comment");
        assertThat(guest.calls).containsExactly("freeze", "create local:snapshotable-disk-1@test",
                "create local:snapshotable-disk-2@test", "create local:snapshotable-disk-3@test", "thaw");
        assertThat(read(103)).isEqualTo(withParent(mps, "test") + snap("test", "#test comment\n" + committed(mps)));
    }

    @Test
    void createOnTopOfAParentRecordsIt() throws IOException {
        given(102, withParent(BASE, "test") + snap("test", committed(BASE)));
        snaps().create(102, "test2", false, "");
        assertThat(read(102)).startsWith(withParent(BASE, "test2"))
                .endsWith(snap("test2", committed(withParent(BASE, "test"))));
    }

    @Test
    void createFailuresAreCleanedUpAndLeaveTheOriginalFile() throws IOException {
        failsUnchanged(201, BASE.replace("snapshotable", "unsnapshotable"),
                () -> snaps().create(201, "test", false, ""), "volume snapshot disabled\n\n");
        guest.calls.clear();
        String mixed = BASE.replace("ostype", "mp0: local:unsnapshotable-disk-4,mp=/mnt/a\n"
                + "mp1: local:snapshotable-disk-2,mp=/mnt/b\nostype");
        failsUnchanged(203, mixed, () -> snaps().create(203, "test", false, ""), "volume snapshot disabled\n\n");
        assertThat(guest.calls).containsExactly("freeze", "create local:snapshotable-disk-1@test", "thaw",
                "delete local:snapshotable-disk-1@test");
        guest.freezeFails = true;
        failsUnchanged(202, BASE, () -> snaps().create(202, "test", false, ""), "freeze disabled\n\n");
        guest.freezeFails = false;
        guest.activationFails = true;
        failsUnchanged(204, BASE, () -> snaps().create(204, "test", false, ""), "storage activation failed\n\n");
    }

    @Test
    void deletingTheOnlySnapshotRestoresTheFileWithoutIt() throws IOException {
        given(101, withParent(BASE, "test") + snap("test", committed(BASE)));
        snaps().delete(101, "test", false);
        assertThat(guest.calls).containsExactly("delete local:snapshotable-disk-1@test");
        assertThat(read(101)).isEqualTo(BASE);
    }

    @Test
    void aForcedDeleteSkipsFailingMountPoints() throws IOException {
        String mixed = BASE.replace("ostype", "mp0: local:unsnapshotable-disk-4,mp=/mnt/a\nostype");
        given(106, withParent(mixed, "test") + snap("test", committed(mixed)));
        snaps().delete(106, "test", true);
        assertThat(guest.calls).containsExactly("delete local:snapshotable-disk-1@test");
        assertThat(warnings).containsExactly("volume snapshot delete disabled");
        assertThat(read(106)).isEqualTo(mixed);
    }

    @Test
    void aFailedDeleteLeavesTheLockAndKeepsHandledVolumesAsUnusedInTheSnapshot() throws IOException {
        given(201, BASE.replace("snapshotable", "unsnapshotable") + snap("test",
                BASE.replace("snapshotable", "unsnapshotable")));
        assertThatThrownBy(() -> snaps().delete(201, "test", false)).hasMessage("volume snapshot delete disabled");
        assertThat(read(201)).isEqualTo(BASE.replace("snapshotable", "unsnapshotable")
                .replace("memory", "lock: snapshot-delete\nmemory") + snap("test",
                        BASE.replace("snapshotable", "unsnapshotable").replace("swap", "snapstate: delete\nswap")));
        String mixed = BASE.replace("ostype", "mp0: local:unsnapshotable-disk-4,mp=/mnt/a\nostype");
        given(203, mixed + snap("test", mixed));
        assertThatThrownBy(() -> snaps().delete(203, "test", false)).hasMessage("volume snapshot delete disabled");
        assertThat(read(203)).isEqualTo(mixed.replace("memory", "lock: snapshot-delete\nmemory") + snap("test",
                mixed.replace(ROOTFS, "").replace("swap", "snapstate: delete\nswap")
                        + "unused0: local:snapshotable-disk-1\n"));
    }

    @Test
    void deleteOfALockedContainerFailsWithTheContainerText() throws IOException {
        failsUnchanged(202, BASE + "lock: backup\n" + snap("test", BASE), () -> snaps().delete(202, "test", false),
                "CT is locked (backup)\n");
    }

    @Test
    void rollbackTakesTheSnapshotButKeepsTheDescriptionAndUnusedVolumes() throws IOException {
        String current = "# should be preserved\n" + KEYS_A.replace("cpulimit: 1", "cpulimit: 2")
                .replace("hostname: test", "hostname: current") + KEYS_B + ROOTFS + KEYS_C
                + "unused0: preserved:some-disk-1\n";
        String test = "# should be thrown away\n" + committed(KEYS_A.replace("2048", "4096") + KEYS_B + ROOTFS
                + KEYS_C) + "lxc.apparmor.profile: unconfined\n";
        given(101, current + snap("test", test));
        snaps().rollback(101, "test");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test");
        assertThat(read(101)).isEqualTo("# should be preserved\n" + withParent(KEYS_A.replace("2048", "4096") + KEYS_B
                + ROOTFS + KEYS_C, "test") + "unused0: preserved:some-disk-1\nlxc.apparmor.profile: unconfined\n"
                + snap("test", test));
    }

    @Test
    void rollbackToASnapshotWithVmstateWritesTheConfigBeforeFailing() throws IOException {
        given(205, BASE + snap("test", BASE + "vmstate: not-implemented\n"));
        assertThatThrownBy(() -> snaps().rollback(205, "test")).hasMessage("implement me - save vmstate");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test");
        assertThat(read(205)).isEqualTo(withParent(BASE, "test") + snap("test", BASE + "vmstate: not-implemented\n"));
    }

    @Test
    void rollbackFailuresLeaveTheFileUntouched() throws IOException {
        String withTest = BASE + snap("test", BASE);
        guest.stopFails = true;
        failsUnchanged(206, withTest, () -> snaps().rollback(206, "test"),
                "unable to rollback vm 206: vm is running\n");
        guest.stopFails = false;
        guest.rollbackImpossible = true;
        String second = BASE.replace("ostype", "mp0: local:unrollbackable-disk-2,mp=/mnt/a\nostype");
        failsUnchanged(207, second + snap("test", second), () -> snaps().rollback(207, "test"),
                "volume_rollback_is_possible failed\n");
        guest.activationFails = true;
        failsUnchanged(209, withTest, () -> snaps().rollback(209, "test"), "storage activation failed\n");
    }

    @Test
    void aFailedVolumeRollbackLeavesTheRollbackLock() throws IOException {
        String disks = BASE.replace("ostype", "mp0: local:snapshotable-disk-2,mp=/mnt/a\n"
                + "mp1: local:unrollbackable-disk-4,mp=/mnt/b\nostype");
        given(208, disks + snap("test", disks));
        assertThatThrownBy(() -> snaps().rollback(208, "test")).hasMessage("volume snapshot rollback disabled");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test",
                "rollback local:snapshotable-disk-2@test");
        assertThat(read(208)).isEqualTo(disks.replace("memory", "lock: rollback\nmemory") + snap("test", disks));
    }
}
