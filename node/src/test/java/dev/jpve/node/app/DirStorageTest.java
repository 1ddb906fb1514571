package dev.jpve.node.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.jpve.guest.GuestConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DirStorageTest {
    @TempDir
    Path root;

    private DirStorage copyOnly() {
        return new DirStorage(root, Optional.empty());
    }

    private static Optional<QemuImg> qemuImg() {
        Optional<QemuImg> found = QemuImg.detect();
        assumeTrue(found.isPresent(), "qemu-img (Debian package qemu-utils) is not installed");
        return found;
    }

    @Test
    void aDirectoryVolumeIsAllocatedUnderTheGuestsImageDirectory() {
        String value = copyOnly().allocate(100, "dir");
        assertThat(value).isEqualTo("local:100/vm-100-disk-0");
        assertThat(root.resolve("images/100/vm-100-disk-0")).isDirectory();
        assertThat(copyOnly().allocate(100, "dir")).isEqualTo("local:100/vm-100-disk-1");
    }

    @Test
    void withoutQemuImgAnImageIsARawFileOfTheRequestedSize() throws IOException {
        String value = copyOnly().allocate(100, "0.5");
        assertThat(value).isEqualTo("local:100/vm-100-disk-0.raw,size=512M");
        assertThat(Files.size(root.resolve("images/100/vm-100-disk-0.raw"))).isEqualTo(512L << 20);
    }

    @Test
    void aCopySnapshotOfADirectoryIsRestoredByRollback() throws IOException {
        DirStorage storage = copyOnly();
        String volid = AppVolumes.volid(storage.allocate(100, "dir"));
        Path data = storage.path(volid).resolve("data.txt");
        Files.writeString(data, "one");
        storage.snapshot(volid, "first");
        Files.writeString(data, "two");
        Files.writeString(storage.path(volid).resolve("new.txt"), "later");

        storage.rollback(volid, "first");

        assertThat(data).hasContent("one");
        assertThat(storage.path(volid).resolve("new.txt")).doesNotExist();
        assertThat(storage.listSnapshots(volid)).containsExactly("first");
    }

    @Test
    void newerCopySnapshotsBlockARollbackAndAreNamed() throws IOException {
        DirStorage storage = copyOnly();
        String volid = AppVolumes.volid(storage.allocate(100, "0.001"));
        storage.snapshot(volid, "a");
        storage.snapshot(volid, "b");
        storage.snapshot(volid, "c");

        assertThat(storage.rollbackBlockers(volid, "a")).containsExactly("b", "c");
        assertThat(storage.rollbackBlockers(volid, "c")).isEmpty();
        storage.deleteSnapshot(volid, "b");
        assertThat(storage.rollbackBlockers(volid, "a")).containsExactly("c");
    }

    @Test
    void aMissingSnapshotCannotBeRolledBackTo() {
        DirStorage storage = copyOnly();
        String volid = AppVolumes.volid(storage.allocate(100, "dir"));
        assertThatThrownBy(() -> storage.rollbackBlockers(volid, "nope")).isInstanceOf(GuestConfigException.class)
                .hasMessage("snapshot 'nope' does not exist on 'vm-100-disk-0'");
    }

    @Test
    void freeingAVolumeRemovesItsSnapshotCopiesToo() throws IOException {
        DirStorage storage = copyOnly();
        String volid = AppVolumes.volid(storage.allocate(100, "dir"));
        storage.snapshot(volid, "a");
        storage.free(volid);
        storage.removeGuestDirectory(100);
        assertThat(root.resolve("images/100")).doesNotExist();
    }

    @Test
    void aQcow2VolumeCannotBeSnapshottedWithoutQemuImg() {
        assertThat(copyOnly().canSnapshot("local:100/vm-100-disk-0.qcow2")).isFalse();
        assertThatThrownBy(() -> copyOnly().snapshot("local:100/vm-100-disk-0.qcow2", "a"))
                .hasMessage("qemu-img is not installed - cannot snapshot qcow2 volume 'local:100/vm-100-disk-0.qcow2'");
    }

    @Test
    void aVolumeIdOutsideTheStorageIsRefused() {
        assertThatThrownBy(() -> copyOnly().path("local:100/../etc")).hasMessage("unable to parse volume ID 'local:100/../etc'");
        assertThatThrownBy(() -> copyOnly().path("other:100/x")).hasMessage("unable to parse volume ID 'other:100/x'");
    }

    @Test
    void aQcow2ImageKeepsInternalSnapshotsThroughQemuImg() {
        DirStorage storage = new DirStorage(root, qemuImg());
        String value = storage.allocate(100, "1");
        assertThat(value).isEqualTo("local:100/vm-100-disk-0.qcow2,size=1G");
        String volid = AppVolumes.volid(value);

        storage.snapshot(volid, "a");
        storage.snapshot(volid, "b");
        assertThat(storage.listSnapshots(volid)).containsExactly("a", "b");
        assertThat(storage.rollbackBlockers(volid, "a")).isEmpty();
        storage.rollback(volid, "a");
        storage.deleteSnapshot(volid, "a");
        assertThat(storage.listSnapshots(volid)).isEqualTo(List.of("b"));
    }

    @Test
    void rollingBackAQcow2ImageRestoresItsData() {
        DirStorage storage = new DirStorage(root, qemuImg());
        assumeTrue(QemuImg.detect("qemu-io").isPresent(), "qemu-io (qemu-utils) is not installed");
        String volid = AppVolumes.volid(storage.allocate(100, "0.01"));
        String file = storage.path(volid).toString();
        QuietCommand.run("write", List.of("qemu-io", "-f", "qcow2", "-c", "write -P 0x41 0 4k", file));
        storage.snapshot(volid, "a");
        QuietCommand.run("write", List.of("qemu-io", "-f", "qcow2", "-c", "write -P 0x42 0 4k", file));

        storage.rollback(volid, "a");

        List<String> out = QuietCommand.run("read", List.of("qemu-io", "-f", "qcow2", "-c", "read -P 0x41 0 4k", file));
        assertThat(String.join("\n", out)).contains("read 4096/4096 bytes").doesNotContain("Pattern verification failed");
    }
}
