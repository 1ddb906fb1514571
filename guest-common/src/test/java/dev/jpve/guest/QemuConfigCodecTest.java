package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class QemuConfigCodecTest {
    private static final ConfigCodec QEMU = ConfigCodec.qemu();

    private static ParsedConfig parse(String text, boolean strict) {
        return QEMU.parse(8006, text.getBytes(StandardCharsets.UTF_8), strict);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain.conf", "locked.conf", "regular-vm-efi.conf", "snapshots.conf", "sections.conf",
        "fleecing-section.conf", "example-a-100.conf"})
    void wellFormedFilesRoundTripByteForByteInBothModes(String file) {
        for (boolean strict : new boolean[] {false, true}) {
            ParsedConfig parsed = QEMU.parse(8006, Resources.bytes(file), strict);
            assertThat(parsed.warnings()).isEmpty();
            assertThat(QEMU.write(parsed.config())).isEqualTo(Resources.text(file));
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "duplicate-sections|vm 8006 - duplicate section: pending",
        "unknown-sections|vm 8006 - skipping unknown section: 'special:unknown123'",
        "verify-snapshot|vm 8006 - unable to parse value of 'numa' - type check ('boolean') failed - got 'verify meee~ :)'",
        "cloudinit-snapshot|vm 8006 - unable to parse value of 'numa' - type check ('boolean') failed - got 'verify meee~ :)'"})
    void damagedFilesAreRepairedWhenLenientAndRejectedWhenStrict(String name, String strictError) {
        ParsedConfig parsed = QEMU.parse(8006, Resources.bytes(name + ".conf"), false);
        assertThat(QEMU.write(parsed.config())).isEqualTo(Resources.text(name + ".expected"));
        assertThat(parsed.warnings()).first().isEqualTo(strictError);
        assertThatThrownBy(() -> QEMU.parse(8006, Resources.bytes(name + ".conf"), true))
                .isInstanceOf(GuestConfigException.class).hasMessage(strictError)
                .extracting(e -> ((GuestConfigException) e).upstreamText()).isEqualTo(strictError + "\n");
    }

    @Test
    void duplicateSectionsWarnOncePerDuplicate() {
        assertThat(QEMU.parse(8006, Resources.bytes("duplicate-sections.conf"), false).warnings()).containsExactly(
                "vm 8006 - duplicate section: pending",
                "vm 8006 - duplicate special section: cloudinit",
                "vm 8006 - duplicate snapshot section: foo");
    }

    @Test
    void exampleAParsesIntoSectionsWithDecodedDescriptionAndDigestOfTheBytes() {
        byte[] raw = Resources.bytes("example-a-100.conf");
        GuestConfig conf = QEMU.parse("/etc/pve/nodes/pve1/qemu-server/100.conf", raw, true).config();
        assertThat(conf.main().description()).contains("Web front-end: production\nOwner ops-team, ticket 4711");
        assertThat(conf.pending().properties()).isEqualTo(Map.of("delete", "tags", "memory", "4096"));
        assertThat(conf.specialSections().get("cloudinit").properties())
                .isEqualTo(Map.of("ipconfig0", "ip=dhcp", "name", "web01"));
        assertThat(conf.snapshots().keySet()).containsExactly("after-upgrade", "base");
        assertThat(conf.snapshots().get("after-upgrade").description()).contains("after apt full-upgrade");
        assertThat(conf.snapshots().get("base").get("vmstate")).contains("local-lvm:vm-100-state-base");
        assertThat(conf.digest()).isEqualTo(ConfigCodec.digest(raw)).hasSize(40).matches("[0-9a-f]+");
    }

    @Test
    void exampleDKeepsWhatParsesAndWarnsAboutTheRest() {
        ParsedConfig parsed = QEMU.parse(100, Resources.bytes("example-d.conf"), false);
        assertThat(parsed.warnings()).containsExactly(
                "vm 100 - unable to parse value of 'numa' - type check ('boolean') failed - got 'maybe'",
                "vm 100 - unable to parse config: Memory: 512",
                "vm 100 - skipping unknown section: 'x'",
                "vm 100 - property 'delete' is only allowed in [PENDING]");
        GuestConfig conf = parsed.config();
        assertThat(conf.main().description()).contains("demo");
        assertThat(conf.main().properties()).isEqualTo(Map.of("cores", "2"));
        assertThat(conf.snapshots()).containsOnlyKeys("snap1");
        assertThat(conf.snapshots().get("snap1").properties()).isEmpty();
        assertThat(conf.pending().hasAnyKey()).isFalse();
    }

    @Test
    void crashedSnapshotKeepsItsSnapstateButTheMainSectionDropsIt() {
        GuestConfig conf = QEMU.parse(101, Resources.bytes("example-c-101.conf"), true).config();
        assertThat(conf.snapshots().get("s1").get("snapstate")).contains("prepare");
        assertThat(QEMU.write(conf)).isEqualTo(Resources.text("example-c-101.conf"));
        GuestConfig stray = parse("cores: 1\nsnapstate: delete\n", true).config();
        assertThat(stray.main().properties()).isEqualTo(Map.of("cores", "1"));
    }

    @Test
    void valuesAreNormalizedAsCheckTypeDoes() {
        ParsedConfig parsed = parse("""
                onboot: yes
                numa: OFF
                cores: 007
                ostype: "l26"
                cdrom: local:iso/d.iso,media=cdrom
                args: -foo "bar"\r
                cpulimit: 1.5
                """, true);
        assertThat(parsed.config().main().properties()).isEqualTo(Map.of("onboot", "1", "numa", "0", "cores", "7",
                "ostype", "l26", "ide2", "local:iso/d.iso,media=cdrom", "args", "-foo \"bar\"", "cpulimit", "1.5"));
    }

    @Test
    void unknownKeysAndBadFormatsGetUpstreamsReasons() {
        assertThat(parse("foo: 1\nname: no_underscores\ncores: -1\n", false).warnings()).containsExactly(
                "vm 8006 - unable to parse value of 'foo' - unknown setting 'foo'",
                "vm 8006 - unable to parse value of 'name' - value does not look like a valid DNS name",
                "vm 8006 - unable to parse value of 'cores' - type check ('integer') failed - got '-1'");
    }

    @Test
    void vmDescriptionsAreTrimmedAndAnEmptyPendingDescriptionIsKept() {
        GuestConfig conf = parse("#first \n#second\n#\n#\ncores: 1\n[PENDING]\n#\n", true).config();
        assertThat(conf.main().description()).contains("first \nsecond");
        assertThat(conf.pending().description()).contains("");
        assertThat(QEMU.write(conf)).isEqualTo("#first \n#second\ncores: 1\n\n[PENDING]\n#\n");
    }

    @Test
    void descriptionsAreEncodedOnWrite() {
        GuestConfig conf = GuestConfig.of(ConfigSection.of(Map.of("cores", "1"))
                .withDescription("Hello: 100%\n\nGrüße\ta\n"));
        assertThat(QEMU.write(conf)).isEqualTo("#Hello%3A 100%25\n#\n#Gr%C3%BC%C3%9Fe%09a\ncores: 1\n");
        assertThat(QEMU.parse(1, QEMU.write(conf).getBytes(StandardCharsets.UTF_8), true).config().main().description())
                .contains("Hello: 100%\n\nGrüße\ta");
    }

    @Test
    void legacyDescriptionPropertyJoinsTheCommentBuffer() {
        assertThat(parse("description: a%3Ab  \n#c\n", true).config().main().description()).contains("a:bc");
    }

    @Test
    void writerRejectsWhatUpstreamsWriterRejects() {
        ConfigSection main = ConfigSection.of(Map.of("cdrom", "none", "ide2", "none"));
        assertThatThrownBy(() -> QEMU.write(GuestConfig.of(main))).hasMessage("option ide2 conflicts with cdrom");
        assertThatThrownBy(() -> QEMU.write(GuestConfig.of(ConfigSection.of(Map.of("delete", "cores")))))
                .hasMessage("propertry 'delete' is only allowed in [PENDING]");
        assertThatThrownBy(() -> QEMU.write(GuestConfig.of(ConfigSection.of(Map.of("numa", "maybe")))))
                .hasMessage("unable to parse value of 'numa' - type check ('boolean') failed - got 'maybe'");
        assertThatThrownBy(() -> QEMU.write(GuestConfig.of(ConfigSection.empty())
                .withSnapshot("Pending", ConfigSection.empty())))
                .hasMessage("internal error: snapshot name 'Pending' is forbidden");
    }

    @Test
    void writerFoldsSmpDropsSnapstateAndUnusedVolumesStillInUse() {
        ConfigSection main = ConfigSection.of(Map.of("smp", "4", "cores", "2", "snapstate", "prepare",
                "scsi0", "local:vm-1-disk-0,size=1G", "unused0", "local:vm-1-disk-0", "unused1", "local:vm-1-disk-1",
                "unused2", "local:vm-1-disk-2"));
        GuestConfig conf = GuestConfig.of(main).withPending(ConfigSection.of(Map.of("scsi1", "file=local:vm-1-disk-1")));
        assertThat(QEMU.write(conf)).isEqualTo("""
                scsi0: local:vm-1-disk-0,size=1G
                sockets: 4
                unused2: local:vm-1-disk-2

                [PENDING]
                scsi1: file=local:vm-1-disk-1
                """);
    }

    @Test
    void cloudinitSectionIsLeftOutWithoutACloudinitDrive() {
        GuestConfig conf = GuestConfig.of(ConfigSection.of(Map.of("cores", "1")))
                .withSpecialSections(Map.of("cloudinit", ConfigSection.of(Map.of("name", "x")),
                        "fleecing", ConfigSection.of(Map.of("fleecing-images", "a"))));
        assertThat(QEMU.write(conf)).isEqualTo("cores: 1\n\n[special:fleecing]\nfleecing-images: a\n");
    }

    @Test
    void fileNameGivesTheVmidOrIsRejected() {
        assertThat(QEMU.parse("/etc/pve/qemu-server/42.conf", "foo: 1\n".getBytes(StandardCharsets.UTF_8), false)
                .warnings()).containsExactly("vm 42 - unable to parse value of 'foo' - unknown setting 'foo'");
        assertThatThrownBy(() -> QEMU.parse("/etc/pve/lxc/42.conf", new byte[0], false))
                .hasMessage("got strange filename '/etc/pve/lxc/42.conf'");
    }

    @Test
    void emptyFileGivesAnEmptyConfig() {
        GuestConfig conf = parse("", true).config();
        assertThat(conf.main()).isEqualTo(ConfigSection.empty());
        assertThat(conf.digest()).isEqualTo("da39a3ee5e6b4b0d3255bfef95601890afd80709");
        assertThat(QEMU.write(conf)).isEmpty();
        assertThat(conf.main().get("x")).isEqualTo(Optional.empty());
    }

    @Test
    void keyValueLinesSplitAsUpstreamsRegexDoes() {
        ParsedConfig parsed = parse("name:x\nvmgenid:   \t\nostype: \t a b \t\ncores:\nnet0-: x\nnet-0: x\nscsi0a: x\n", false);
        assertThat(parsed.config().main().properties()).isEqualTo(Map.of("name", "x", "vmgenid", "\t", "ostype", "a b"));
        assertThat(parsed.warnings()).containsExactly("vm 8006 - unable to parse config: cores:",
                "vm 8006 - unable to parse config: net0-: x",
                "vm 8006 - unable to parse value of 'net-0' - unknown setting 'net-0'",
                "vm 8006 - unable to parse config: scsi0a: x");
    }
}
