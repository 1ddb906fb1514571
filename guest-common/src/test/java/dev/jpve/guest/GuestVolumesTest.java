package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The volume helpers of spec guest.md 1.4 for VMs and containers. */
class GuestVolumesTest {
    /**
     * Storages {@code local} (local) and {@code shared} (shared); volumes {@code <store>:<vmid>/<name>}
     * are images of that guest, {@code <store>:iso/<name>} are ISO images; names containing
     * {@code nofeature} support nothing.
     */
    static final class FakeStorage implements VolumeStorage {
        private static final Pattern VOLID = Pattern.compile("([a-z]+):(\\d+|iso)/(.+)");
        final List<String> asked = new ArrayList<>();

        @Override
        public Optional<String> storageOf(String volid) {
            Matcher m = VOLID.matcher(volid);
            return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }

        @Override
        public boolean isShared(String storeid) {
            return storeid.equals("shared");
        }

        @Override
        public VolumeInfo info(String volid) {
            Matcher m = VOLID.matcher(volid);
            m.matches();
            return m.group(2).equals("iso") ? new VolumeInfo(OptionalInt.empty(), "iso")
                    : new VolumeInfo(OptionalInt.of(Integer.parseInt(m.group(2))),
                            m.group(3).startsWith("tmpl") ? "vztmpl" : "images");
        }

        @Override
        public boolean hasFeature(String feature, String volid, Optional<String> snapname, boolean running,
                Set<String> validTargetFormats) {
            asked.add(feature + " " + volid + (validTargetFormats.isEmpty() ? "" : " " + validTargetFormats.size()));
            return !volid.contains("nofeature");
        }
    }

    static ConfigSection section(String... keyValues) {
        Map<String, String> props = new java.util.TreeMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            props.put(keyValues[i], keyValues[i + 1]);
        }
        return ConfigSection.of(props);
    }

    final FakeStorage storage = new FakeStorage();

    @Test
    void vmVolumeKeysComeInUpstreamsOrder() {
        List<String> keys = VolumeKind.qemu().volumeKeys();
        assertThat(keys).hasSize(4 + 31 + 16 + 6 + 2).startsWith("ide0").endsWith("sata5", "efidisk0", "tpmstate0");
        assertThat(keys.indexOf("scsi30") + 1).isEqualTo(keys.indexOf("virtio0"));
        assertThat(VolumeKind.lxc().volumeKeys()).hasSize(257).startsWith("rootfs", "mp0").endsWith("mp255");
    }

    @Test
    void foreachVolumeWalksTheKeysInOrderAndSkipsWhatDoesNotParse() {
        ConfigSection conf = section("virtio0", "local:100/b", "ide0", "local:100/a,size=1G", "sata0", "",
                "scsi0", "file=local:100/c,cache=none", "unused0", "local:100/u", "vmstate", "local:100/state");
        assertThat(GuestVolumes.foreachVolume(VolumeKind.qemu(), conf)).extracting(GuestVolume::volid)
                .containsExactly("local:100/a", "local:100/c", "local:100/b");
        assertThat(GuestVolumes.foreachVolumeFull(VolumeKind.qemu(), conf, true, false, List.of()))
                .extracting(GuestVolume::key).containsExactly("virtio0", "scsi0", "ide0");
        assertThat(GuestVolumes.foreachVolumeFull(VolumeKind.qemu(), conf, false, true, List.of("vmstate")))
                .extracting(GuestVolume::key).containsExactly("ide0", "scsi0", "virtio0", "vmstate", "unused0");
    }

    @Test
    void reverseIterationRefusesUnusedAndExtraKeys() {
        assertThatThrownBy(() -> GuestVolumes.foreachVolumeFull(VolumeKind.lxc(), ConfigSection.empty(), true, true,
                List.of())).hasMessage("'reverse' iteration only supported for default keys");
        assertThatThrownBy(() -> GuestVolumes.foreachVolumeFull(VolumeKind.qemu(), ConfigSection.empty(), true,
                false, List.of("vmstate"))).hasMessage("'reverse' iteration only supported for default keys");
    }

    @Test
    void unusedVolumesComeInNumericOrderAndParseStrictly() {
        ConfigSection conf = section("unused10", "local:100/x", "unused2", "local:100/y");
        assertThat(GuestVolumes.unusedVolumes(VolumeKind.lxc(), conf)).extracting(GuestVolume::key)
                .containsExactly("unused2", "unused10");
        assertThatThrownBy(() -> GuestVolumes.unusedVolumes(VolumeKind.qemu(), section("unused0", "")))
                .hasMessage("unable to parse volume");
        assertThatThrownBy(() -> VolumeKind.lxc().parseVolumeStrict("net0", "x"))
                .hasMessage("parse_volume - unknown type: net0");
    }

    @Test
    void updateVolumeIdsCoversMainSnapshotsPendingUnusedAndVmstate() {
        GuestConfig conf = GuestConfig.of(section("scsi0", "local:100/a,size=1G", "unused0", "local:100/a"))
                .withPending(section("scsi1", "file=local:100/a,ssd=1"))
                .withSnapshot("s", section("scsi0", "local:100/a", "vmstate", "local:100/a", "scsi1", "local:100/b"));
        GuestConfig out = GuestVolumes.updateVolumeIds(VolumeKind.qemu(), conf, Map.of("local:100/a", "new:100/z"));
        assertThat(out.main().properties()).containsEntry("scsi0", "new:100/z,size=1G")
                .containsEntry("unused0", "new:100/z");
        assertThat(out.pending().properties()).containsEntry("scsi1", "file=new:100/z,ssd=1");
        assertThat(out.snapshots().get("s").properties()).containsEntry("scsi0", "new:100/z")
                .containsEntry("vmstate", "new:100/z").containsEntry("scsi1", "local:100/b");
    }

    @Test
    void vmBackupVolumesSkipCdromsAndExcludeAnEfidiskWithoutOvmf() {
        ConfigSection conf = section("scsi0", "local:100/a", "scsi1", "local:100/b,backup=0", "ide2",
                "none,media=cdrom", "efidisk0", "local:100/efi");
        assertThat(VolumeKind.qemu().backupVolumes(conf)).extracting(v -> v.key() + " " + v.included() + " " + v.reason())
                .containsExactly("scsi0 true backup=yes", "scsi1 false backup=no",
                        "efidisk0 false efidisk but no OVMF BIOS");
        assertThat(VolumeKind.qemu().backupVolumes(conf.with("bios", "ovmf"))).extracting(BackupVolume::reason)
                .containsExactly("backup=yes", "backup=no", "backup=yes");
    }

    @Test
    void containerBackupVolumesTakeTheRootfsAndVolumeMountPointsWithBackupSet() {
        ConfigSection conf = section("rootfs", "local:100/root", "mp0", "local:100/a,mp=/a,backup=1", "mp1",
                "local:100/b,mp=/b", "mp2", "/srv/data,mp=/c,backup=1", "mp3", "/dev/sdb,mp=/d");
        assertThat(VolumeKind.lxc().backupVolumes(conf)).extracting(v -> v.key() + " " + v.included() + " " + v.reason())
                .containsExactly("rootfs true rootfs", "mp0 true enabled", "mp1 false disabled",
                        "mp2 false not a volume", "mp3 false not a volume");
    }

    @Test
    void hasFeatureAsksTheStorageForEveryRelevantVolume() {
        ConfigSection vm = section("scsi0", "local:100/a", "scsi1", "local:100/nofeature,backup=0", "ide2",
                "local:iso/x.iso,media=cdrom");
        assertThat(VolumeKind.qemu().hasFeature("snapshot", vm, storage, Optional.empty(), false, false)).isFalse();
        assertThat(VolumeKind.qemu().hasFeature("snapshot", vm, storage, Optional.empty(), false, true)).isTrue();
        ConfigSection ct = section("rootfs", "local:100/root", "mp0", "local:100/nofeature,mp=/a");
        assertThat(VolumeKind.lxc().hasFeature("snapshot", ct, storage, Optional.empty(), false, true)).isTrue();
        storage.asked.clear();
        assertThat(VolumeKind.lxc().hasFeature("clone", ct, storage, Optional.empty(), false, false)).isFalse();
        assertThat(storage.asked).containsExactly("clone local:100/root 2", "clone local:100/nofeature 2");
    }

    @Test
    void vmReplicatableVolumesAreTheLocalImagesOfTheGuestFromEverySection() {
        GuestConfig conf = GuestConfig.of(section("scsi0", "local:100/a", "scsi1", "shared:100/b", "scsi2",
                "local:101/other", "scsi3", "local:100/norep,replicate=0", "ide2", "local:iso/x.iso,media=cdrom",
                "unused0", "local:100/u")).withPending(section("scsi4", "local:100/p"))
                .withSnapshot("s", section("scsi0", "local:100/old", "vmstate", "local:100/state"));
        assertThat(VolumeKind.qemu().replicatableVolumes(storage, 100, conf, false, false)).containsExactlyInAnyOrder(
                "local:100/a", "local:100/u", "local:100/p", "local:100/old", "local:100/state");
        assertThat(VolumeKind.qemu().replicatableVolumes(storage, 100, conf, true, false))
                .contains("local:100/norep");
    }

    @Test
    void vmReplicationRefusesLocalPathsOtherTypesAndMissingFeatures() {
        assertThatThrownBy(() -> VolumeKind.qemu().replicatableVolumes(storage, 100,
                GuestConfig.of(section("scsi0", "/dev/sdb")), false, false))
                .hasMessage("unable to replicate local file/device '/dev/sdb'");
        assertThatThrownBy(() -> VolumeKind.qemu().replicatableVolumes(storage, 100,
                GuestConfig.of(section("scsi0", "local:100/tmpl.tar")), false, false))
                .hasMessage("unable to replicate volume 'local:100/tmpl.tar', type 'vztmpl'");
        assertThatThrownBy(() -> VolumeKind.qemu().replicatableVolumes(storage, 100,
                GuestConfig.of(section("scsi0", "local:100/nofeature")), false, false))
                .hasMessage("missing replicate feature on volume 'local:100/nofeature'");
        assertThat(VolumeKind.qemu().replicatableVolumes(storage, 100,
                GuestConfig.of(section("scsi0", "/dev/sdb", "scsi1", "local:100/nofeature")), false, true)).isEmpty();
    }

    @Test
    void containerReplicationRefusesBindMountsUnlessExcludedFromReplication() {
        GuestConfig ok = GuestConfig.of(section("rootfs", "local:100/root", "mp0", "/srv,mp=/srv,replicate=0",
                "mp1", "local:100/norep,mp=/n,replicate=0", "unused0", "local:100/u"));
        assertThat(VolumeKind.lxc().replicatableVolumes(storage, 100, ok, false, false))
                .containsExactly("local:100/root", "local:100/u");
        assertThatThrownBy(() -> VolumeKind.lxc().replicatableVolumes(storage, 100,
                GuestConfig.of(section("rootfs", "local:100/root", "mp0", "/dev/sdb,mp=/d")), true, true))
                .hasMessage("unable to replicate mountpoint type 'device'");
    }
}
