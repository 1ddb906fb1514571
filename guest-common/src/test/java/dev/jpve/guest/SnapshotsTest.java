package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The snapshot scenarios of spec guest.md 5.3 (qemu-server {@code snapshot-test.pm}) on the local store. */
class SnapshotsTest extends SnapshotFileTest {
    static final String DISK1 = "ide0: local:snapshotable-disk-1,discard=on,size=32G\n";
    static final String KEYS_A = "bootdisk: ide0\ncores: 4\n";
    static final String KEYS_B = "ide2: none,media=cdrom\nmemory: 8192\nname: win\nnuma: 0\nostype: win7\n";
    static final String KEYS_C = "sockets: 1\nvga: qxl\n";
    static final String BASE = KEYS_A + DISK1 + KEYS_B + KEYS_C;

    final RecordingGuest guest = new RecordingGuest();

    @Override
    GuestKind kind(Path lockDir) {
        return GuestKind.qemu(lockDir);
    }

    @Override
    SnapshotHooks hooks() {
        return guest;
    }

    private static String prepared(String extra) {
        return "#test comment\n" + KEYS_A + DISK1 + KEYS_B + extra + "snapstate: prepare\nsnaptime: 1234567890\n"
                + KEYS_C;
    }

    @Test
    void prepareLocksTheGuestAndRecordsACopyWithSnapstateAndSnaptime() throws IOException {
        given(101, BASE);
        snaps().prepare(101, "test", false, "test comment");
        assertThat(read(101)).isEqualTo(KEYS_A + DISK1 + KEYS_B.replace("memory", "lock: snapshot\nmemory") + KEYS_C
                + snap("test", prepared("")));
    }

    @Test
    void prepareWithVmstateOfARunningGuestRecordsTheStateVolumeInTheSnapshot() throws IOException {
        given(102, BASE);
        snaps().prepare(102, "test", true, "test comment");
        String body = "#test comment\n" + KEYS_A + DISK1 + KEYS_B + "runningmachine: q35\nsnapstate: prepare\n"
                + "snaptime: 1234567890\n" + KEYS_C + "vmstate: somestorage:state-volume\n";
        assertThat(read(102)).endsWith(snap("test", body));
    }

    @Test
    void prepareCopiesTheMainParentIntoTheNewSnapshot() throws IOException {
        given(103, BASE.replace("sockets", "parent: test\nsockets") + snap("test", BASE));
        snaps().prepare(103, "test2", false, "test comment");
        assertThat(read(103)).contains("[test2]\n#test comment\n").contains("parent: test\nsnapstate: prepare\n")
                .startsWith(KEYS_A + DISK1 + KEYS_B.replace("memory", "lock: snapshot\nmemory")
                        .replace("sockets", "parent: test\nsockets"));
    }

    @Test
    void prepareFailuresLeaveTheFileUntouched() throws IOException {
        failsUnchanged(200, BASE + "lock: snapshot\n", () -> snaps().prepare(200, "test", false, ""),
                "VM is locked (snapshot)\n");
        failsUnchanged(201, BASE + snap("test", BASE), () -> snaps().prepare(201, "test", false, ""),
                "snapshot name 'test' already used\n");
        guest.saveVmstateFails = true;
        failsUnchanged(202, BASE, () -> snaps().prepare(202, "test", true, ""), "save_vmstate failed\n");
        guest.feature = false;
        failsUnchanged(300, BASE, () -> snaps().prepare(300, "test", false, ""),
                "snapshot feature is not available\n");
        failsUnchanged(301, BASE + "template: 1\n", () -> snaps().prepare(301, "test", false, ""),
                "you can't take a snapshot if it's a template\n");
    }

    @Test
    void prepareDropsALeftoverParentReferenceToTheNewNameWithAWarning() throws IOException {
        given(104, BASE + snap("old", BASE.replace("sockets", "parent: test\nsockets")));
        snaps().prepare(104, "test", false, "");
        assertThat(warnings).containsExactly(
                "deleting parent 'test' reference from 'old' to avoid bogus snapshot cycle.");
        assertThat(read(104)).contains("[old]\n" + BASE + "\n[test]\n");
    }

    @Test
    void commitEndsThePreparedSnapshotAndMakesItTheParent() throws IOException {
        given(101, BASE.replace("memory", "lock: snapshot\nmemory") + snap("test", prepared("")));
        snaps().commit(101, "test");
        assertThat(read(101)).isEqualTo(BASE.replace("sockets", "parent: test\nsockets")
                + snap("test", prepared("").replace("snapstate: prepare\n", "")));
    }

    @Test
    void commitFailuresNameTheProblem() throws IOException {
        failsUnchanged(201, BASE + snap("test", prepared("")), () -> snaps().commit(201, "test"),
                "missing snapshot lock\n");
        failsUnchanged(202, BASE + "lock: snapshot\n" + snap("abcdefg", BASE), () -> snaps().commit(202, "test"),
                "snapshot 'test' does not exist\n");
        failsUnchanged(203, BASE + "lock: snapshot\n" + snap("test", BASE), () -> snaps().commit(203, "test"),
                "wrong snapshot state\n");
    }

    @Test
    void createSnapshotsEveryDiskInKeyOrderAndCommits() throws IOException {
        given(105, KEYS_A + DISK1 + KEYS_B + "sata0: local:snapshotable-disk-3,size=32G\n" + KEYS_C
                + "virtio0: local:snapshotable-disk-2,size=32G\n");
        snaps().create(105, "test", false, "test comment");
        assertThat(guest.calls).containsExactly("hook before", "create local:snapshotable-disk-1@test",
                "create local:snapshotable-disk-2@test", "create local:snapshotable-disk-3@test", "hook after",
                "hook after-unfreeze");
        assertThat(read(105)).contains("parent: test\n").doesNotContain("lock").doesNotContain("snapstate");
    }

    @Test
    void createOfACommittedSnapshotGivesTheUpstreamFile() throws IOException {
        given(101, BASE);
        snaps().create(101, "test", false, "test comment");
        assertThat(read(101)).isEqualTo(BASE.replace("sockets", "parent: test\nsockets")
                + snap("test", prepared("").replace("snapstate: prepare\n", "")));
    }

    @Test
    void createFreezesAGuestWithAgentAndThawsAfterTheVolumeSnapshots() throws IOException {
        given(106, "agent: 1\n" + BASE);
        snaps().create(106, "test", false, "");
        assertThat(guest.calls).containsExactly("freeze", "hook before", "create local:snapshotable-disk-1@test",
                "hook after", "thaw", "hook after-unfreeze");
    }

    @Test
    void createWithVmstateNeedsNoFreeze() throws IOException {
        given(102, "agent: 1\n" + BASE);
        snaps().create(102, "test", true, "");
        assertThat(guest.calls).doesNotContain("freeze", "thaw");
        assertThat(read(102)).contains("vmstate: somestorage:state-volume\n").contains("runningmachine: q35\n");
    }

    @Test
    void aFailedVolumeSnapshotIsCleanedUpThawedAndRethrownWithAnExtraNewline() throws IOException {
        String start = "agent: 1\n" + KEYS_A + DISK1 + KEYS_B + "sata0: local:snapshotable-disk-2\n" + KEYS_C
                + "virtio0: local:unsnapshotable-disk-1\n";
        failsUnchanged(202, start, () -> snaps().create(202, "test", false, ""), "volume snapshot disabled\n\n");
        assertThat(guest.calls).containsExactly("freeze", "hook before", "create local:snapshotable-disk-1@test",
                "hook after", "thaw", "hook after-unfreeze", "delete local:snapshotable-disk-1@test");
        assertThat(warnings).containsExactly("snapshot create failed: starting cleanup");
    }

    @Test
    void createStepFailuresLeaveTheOriginalFile() throws IOException {
        failsUnchanged(201, BASE.replace("local:snapshotable", "local:unsnapshotable"),
                () -> snaps().create(201, "test", false, ""), "volume snapshot disabled\n\n");
        guest.savevmStartFails = true;
        failsUnchanged(203, BASE, () -> snaps().create(203, "test", false, ""), "savevm-start disabled\n\n");
        guest.savevmStartFails = false;
        guest.freezeFails = true;
        failsUnchanged(204, "agent: 1\n" + BASE, () -> snaps().create(204, "test", false, ""), "freeze disabled\n\n");
        guest.freezeFails = false;
        guest.activationFails = true;
        failsUnchanged(303, BASE, () -> snaps().create(303, "test", false, ""), "storage activation failed\n\n");
    }

    @Test
    void deletingTheOnlySnapshotRemovesTheParentAndFreesTheVmstate() throws IOException {
        given(101, BASE.replace("sockets", "parent: test\nsockets")
                + snap("test", BASE + "runningmachine: q35\nsnaptime: 1234567890\nvmstate: somestorage:state-volume\n"));
        snaps().delete(101, "test", false);
        assertThat(guest.calls).containsExactly("free somestorage:state-volume", "delete local:snapshotable-disk-1@test");
        assertThat(read(101)).isEqualTo(BASE);
    }

    @Test
    void deletingRelinksParents() throws IOException {
        String chain = BASE.replace("sockets", "parent: test3\nsockets") + snap("test", BASE)
                + snap("test2", BASE.replace("sockets", "parent: test\nsockets"))
                + snap("test3", BASE.replace("sockets", "parent: test2\nsockets"));
        given(104, chain);
        snaps().delete(104, "test2", false);
        assertThat(read(104)).isEqualTo(BASE.replace("sockets", "parent: test3\nsockets") + snap("test", BASE)
                + snap("test3", BASE.replace("sockets", "parent: test\nsockets")));
        snaps().delete(104, "test3", false);
        assertThat(read(104)).isEqualTo(BASE.replace("sockets", "parent: test\nsockets") + snap("test", BASE));
        given(103, chain);
        snaps().delete(103, "test", false);
        assertThat(read(103)).contains("[test2]\n" + BASE + "\n[test3]");
    }

    @Test
    void aForcedDeleteWarnsAboutFailedVolumesAndRemovesTheSnapshot() throws IOException {
        String disks = KEYS_A + DISK1 + KEYS_B + "sata0: local:snapshotable-disk-3\n" + KEYS_C
                + "virtio0: local:unsnapshotable-disk-2\n";
        given(106, disks.replace("sockets", "parent: test\nsockets") + snap("test", disks));
        snaps().delete(106, "test", true);
        assertThat(guest.calls).containsExactly("delete local:snapshotable-disk-1@test",
                "delete local:snapshotable-disk-3@test");
        assertThat(warnings).containsExactly("volume snapshot delete disabled");
        assertThat(read(106)).isEqualTo(disks);
    }

    @Test
    void aFailedDeleteLeavesTheDeleteLockAndSnapstateAndTracksHandledVolumesInTheSnapshot() throws IOException {
        String disks = KEYS_A + DISK1 + KEYS_B + KEYS_C + "virtio0: local:unsnapshotable-disk-2\n";
        given(202, disks + snap("test", disks));
        assertThatThrownBy(() -> snaps().delete(202, "test", false)).hasMessage("volume snapshot delete disabled");
        assertThat(read(202)).isEqualTo(KEYS_A + DISK1 + KEYS_B.replace("memory", "lock: snapshot-delete\nmemory")
                + KEYS_C + "virtio0: local:unsnapshotable-disk-2\n"
                + snap("test", KEYS_A + KEYS_B.replace("ide2: none,media=cdrom\n", "") + "snapstate: delete\nsockets: 1\nunused0: local:snapshotable-disk-1\n"
                        + "vga: qxl\nvirtio0: local:unsnapshotable-disk-2\n"));
    }

    @Test
    void deleteFailuresBeforeTheLockLeaveTheFileUntouched() throws IOException {
        failsUnchanged(203, BASE + "lock: backup\n" + snap("test", BASE), () -> snaps().delete(203, "test", false),
                "VM is locked (backup)\n");
        failsUnchanged(205, BASE, () -> snaps().delete(205, "test", false), "snapshot 'test' does not exist\n");
        guest.activationFails = true;
        failsUnchanged(204, BASE + snap("test", BASE), () -> snaps().delete(204, "test", false),
                "storage activation failed\n");
    }

    @Test
    void rollbackAppliesTheSnapshotButKeepsDescriptionAndUnusedVolumes() throws IOException {
        String current = "# this is a description\n" + KEYS_A.replace("4", "2") + DISK1
                + KEYS_B.replace("8192", "4096") + "sockets: 1\nunused0: local:some-disk\n";
        String test = "#thrown away\n" + BASE.replace("sockets", "snaptime: 1234567890\nsockets");
        given(101, current + snap("test", test));
        snaps().rollback(101, "test");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test");
        assertThat(read(101)).isEqualTo("# this is a description\n" + BASE.replace("sockets", "parent: test\nsockets")
                .replace("vga", "unused0: local:some-disk\nvga") + snap("test", test));
    }

    @Test
    void rollbackRecordsVolumesMissingFromTheSnapshotAsUnusedAndRestartsFromTheVmstate() throws IOException {
        given(102, BASE + "scsi0: local:snapshotable-disk-9\n" + snap("test", BASE + "vmstate: local:state\n"));
        snaps().rollback(102, "test");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test",
                "start local:state");
        assertThat(read(102)).startsWith(BASE.replace("sockets", "parent: test\nsockets")
                .replace("vga", "unused0: local:snapshotable-disk-9\nvga") + "\n[test]\n");
    }

    @Test
    void rollbackFailuresLeaveTheFileUntouched() throws IOException {
        String withTest = BASE + snap("test", BASE);
        failsUnchanged(201, withTest, () -> snaps().rollback(201, "test2"), "snapshot 'test2' does not exist\n");
        failsUnchanged(203, BASE + snap("test", BASE + "snapstate: delete\n"), () -> snaps().rollback(203, "test"),
                "unable to rollback to incomplete snapshot (snapstate = delete)\n");
        failsUnchanged(204, BASE + "lock: backup\n" + snap("test", BASE), () -> snaps().rollback(204, "test"),
                "VM is locked (backup)\n");
        guest.stopFails = true;
        failsUnchanged(205, withTest, () -> snaps().rollback(205, "test"), "unable to rollback vm 205: vm is running\n");
        guest.rollbackImpossible = true;
        failsUnchanged(202, withTest, () -> snaps().rollback(202, "test"), "volume_rollback_is_possible failed\n");
        guest.activationFails = true;
        failsUnchanged(303, withTest, () -> snaps().rollback(303, "test"), "storage activation failed\n");
    }

    @Test
    void aFailedVolumeRollbackLeavesTheRollbackLock() throws IOException {
        String disks = BASE + "virtio0: local:unrollbackable-disk-4\n";
        given(207, disks + snap("test", disks));
        assertThatThrownBy(() -> snaps().rollback(207, "test")).hasMessage("volume snapshot rollback disabled");
        assertThat(guest.calls).containsExactly("stop", "rollback local:snapshotable-disk-1@test");
        assertThat(read(207)).isEqualTo(disks.replace("memory", "lock: rollback\nmemory") + snap("test", disks));
    }

    @Test
    void unimplementedHooksFailWithUpstreamsAbstractText() {
        SnapshotHooks bare = List::of;
        assertThatThrownBy(() -> bare.freeze(1)).hasMessage("abstract method - implement me");
        assertThat(bare.rollbackHook(1, ConfigSection.empty(), ConfigSection.empty(), true, new java.util.HashMap<>()))
                .isEqualTo(ConfigSection.empty());
    }
}
