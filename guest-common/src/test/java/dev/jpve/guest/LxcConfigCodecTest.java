package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LxcConfigCodecTest {
    private static final ConfigCodec LXC = ConfigCodec.lxc();

    private static ParsedConfig parse(String text, boolean strict) {
        return LXC.parse(200, text.getBytes(StandardCharsets.UTF_8), strict);
    }

    @Test
    void exampleBRoundTripsByteForByte() {
        for (boolean strict : new boolean[] {false, true}) {
            ParsedConfig parsed = LXC.parse("/etc/pve/nodes/pve1/lxc/200.conf", Resources.bytes("example-b-200.conf"),
                    strict);
            assertThat(parsed.warnings()).isEmpty();
            assertThat(LXC.write(parsed.config())).isEqualTo(Resources.text("example-b-200.conf"));
        }
    }

    @Test
    void exampleBParsesRawLxcLinesEnvAndAnUntrimmedDescription() {
        GuestConfig conf = LXC.parse(200, Resources.bytes("example-b-200.conf"), true).config();
        assertThat(conf.main().description()).contains("Database container\n");
        assertThat(conf.main().lxc()).containsExactly(new LxcEntry("lxc.apparmor.profile", "unconfined"));
        assertThat(conf.main().env()).containsExactly("TZ=UTC");
        assertThat(conf.pending().properties()).isEqualTo(Map.of("cores", "4", "delete", "swap"));
        assertThat(conf.snapshots().get("pre-migration").lxc()).hasSize(1);
        assertThat(conf.snapshots().get("pre-migration").description()).contains("before data migration\n");
        assertThat(conf.specialSections()).isEmpty();
    }

    @Test
    void invalidValuesAreKeptRawWithAWarning() {
        ParsedConfig parsed = parse("cores: many\nonboot: yes\nostype: \"debian\"\n", false);
        assertThat(parsed.warnings()).containsExactly(
                "vm 200 - unable to parse value of 'cores' - type check ('integer') failed - got 'many'");
        assertThat(parsed.config().main().properties())
                .isEqualTo(Map.of("cores", "many", "onboot", "1", "ostype", "\"debian\""));
        assertThatThrownBy(() -> parse("cores: many\n", true))
                .hasMessage("vm 200 - unable to parse value of 'cores' - type check ('integer') failed - got 'many'");
    }

    @Test
    void rawLxcKeysAreCheckedAndWrittenWithAColon() {
        ParsedConfig parsed = parse("""
                lxc.cgroup2.devices.allow = c 10:200 rwm
                lxc.rootfs.path: /x
                lxc.bogus: 1
                lxc.aa_profile: unconfined
                lxc.environment.runtime: A=1
                lxc.environment.runtime=B=2
                """, false);
        assertThat(parsed.warnings()).containsExactly(
                "vm 200 - lxc.rootfs.path: lxc.rootfs.path is auto generated from rootfs",
                "vm 200 - unable to parse config: lxc.bogus: 1",
                "vm 200 - lxc.aa_profile is deprecated and was renamed to lxc.apparmor.profile");
        assertThat(LXC.write(parsed.config())).isEqualTo("""
                lxc.environment.runtime: A=1
                lxc.environment.runtime: B=2
                lxc.cgroup2.devices.allow: c 10:200 rwm
                lxc.aa_profile: unconfined
                """);
        assertThat(parse("lxc.aa_profile: unconfined\n", true).warnings()).hasSize(1);
    }

    @Test
    void containerKeysHaveNoHyphensAndOtherBracketsAreNotHeaders() {
        ParsedConfig parsed = parse("cores: 1\n[special:cloudinit]\nmy-key: 1\n[a]\nswap: 0\n", false);
        assertThat(parsed.warnings()).containsExactly("vm 200 - unable to parse config: [special:cloudinit]",
                "vm 200 - unable to parse config: my-key: 1", "vm 200 - unable to parse config: [a]");
        assertThat(parsed.config().main().properties()).isEqualTo(Map.of("cores", "1", "swap", "0"));
    }

    @Test
    void laterDuplicateSnapshotReplacesTheEarlierSilently() {
        ParsedConfig parsed = parse("[s1]\ncores: 1\n[s1]\ncores: 2\n[PVE:Pending]\ndelete: cores\n", true);
        assertThat(parsed.warnings()).isEmpty();
        assertThat(parsed.config().snapshots().get("s1").properties()).isEqualTo(Map.of("cores", "2"));
        assertThat(parsed.config().pending().properties()).isEqualTo(Map.of("delete", "cores"));
        assertThatThrownBy(() -> parse("delete: cores\n", true))
                .hasMessage("vm 200 - property 'delete' is only allowed in [pve:pending]");
    }

    @Test
    void writerDropsUnusedVolumesMountedAsVolumesAndRejectsNewlines() {
        ConfigSection main = ConfigSection.of(Map.of("rootfs", "local:subvol-1-disk-0,size=8G",
                "mp0", "volume=local:subvol-1-disk-1,mp=/a", "mp1", "/srv/bind,mp=/b",
                "unused0", "local:subvol-1-disk-0", "unused1", "local:subvol-1-disk-1", "unused2", "/srv/bind",
                "snapstate", "delete"));
        assertThat(LXC.write(GuestConfig.of(main))).isEqualTo("""
                mp0: volume=local:subvol-1-disk-1,mp=/a
                mp1: /srv/bind,mp=/b
                rootfs: local:subvol-1-disk-0,size=8G
                unused2: /srv/bind
                """);
        assertThatThrownBy(() -> LXC.write(GuestConfig.of(ConfigSection.of(Map.of("hostname", "a\nb")))))
                .hasMessage("detected invalid newline inside property 'hostname'");
    }

    @Test
    void falsyDescriptionsAreNeitherStoredNorWritten() {
        assertThat(parse("#0\ncores: 1\n", true).config().main().description()).contains("0\n");
        assertThat(parse("description: 0\n", true).config().main().description()).isEmpty();
        GuestConfig conf = GuestConfig.of(ConfigSection.of(Map.of("cores", "1")).withDescription("0"))
                .withPending(ConfigSection.empty().withDescription("x"));
        assertThat(LXC.write(conf)).isEqualTo("cores: 1\n\n[pve:pending]\n#x\n");
        assertThat(conf.main().lxc()).isEqualTo(List.of());
    }

    @Test
    void aCodecForAnotherTypeReadsItsDirectoryAndWritesTheKeysItDeclares() {
        GuestProperties keys = GuestProperties.builder().string("cmd", "env").build();
        ConfigCodec app = ConfigCodec.lxc(keys, "app");
        String text = "cmd: sleep 1\nenv: A=1;B=2\n\n[pve:pending]\nenv: A=3\n";

        ParsedConfig parsed = app.parse("/etc/pve/nodes/n1/app/100.conf", text.getBytes(StandardCharsets.UTF_8), true);

        assertThat(app.directory()).isEqualTo("app");
        assertThat(parsed.config().main().properties()).containsEntry("env", "A=1;B=2");
        assertThat(app.write(parsed.config())).isEqualTo(text);
        assertThatThrownBy(() -> app.parse("/etc/pve/nodes/n1/lxc/100.conf", new byte[0], true))
                .hasMessage("got strange filename '/etc/pve/nodes/n1/lxc/100.conf'");
    }
}
