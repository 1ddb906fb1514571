package dev.jpve.guest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** qemu-server's rollback hook: the machine to start with, and a new VM generation. */
class QemuSnapshotHooksTest {
    private final QemuSnapshotHooks vm = new QemuSnapshotHooks() {
        @Override
        public List<String> volumeKeys() {
            return List.of("scsi0");
        }

        @Override
        public String newVmgenid() {
            return "11111111-2222-3333-4444-555555555555";
        }
    };

    private static ConfigSection section(String... kv) {
        Map<String, String> props = new TreeMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            props.put(kv[i], kv[i + 1]);
        }
        return ConfigSection.of(props);
    }

    @Test
    void theRunningMachineOfASnapshotWithRamStateIsForcedAndLeavesTheConfig() {
        Map<String, Object> data = new HashMap<>();
        vm.rollbackHook(100, section("machine", "q35"), section(), true, data);
        ConfigSection restored = section("machine", "q35", "runningmachine", "pc-q35-8.1+pve0",
                "runningcpu", "host,+kvm_pv_eoi", "running-nets-host-mtu", "net0=1500", "vmgenid", "old-id");
        ConfigSection out = vm.rollbackHook(100, restored, section("vmstate", "local:100/state.raw"), false, data);

        assertThat(out.properties()).isEqualTo(Map.of("machine", "q35",
                "vmgenid", "11111111-2222-3333-4444-555555555555"));
        assertThat(data).containsEntry("oldmachine", "q35").containsEntry("forcemachine", "pc-q35-8.1+pve0")
                .containsEntry("forcecpu", "host,+kvm_pv_eoi").containsEntry("running-nets-host-mtu", "net0=1500");
    }

    @Test
    void withoutARunningMachineTheMachineTypeOrTheLegacyMachineIsForced() {
        Map<String, Object> data = new HashMap<>();
        vm.rollbackHook(100, section("machine", "type=q35,viommu=intel"), section(), false, data);
        assertThat(data).containsEntry("forcemachine", "q35");

        Map<String, Object> old = new HashMap<>();
        vm.rollbackHook(100, section(), section(), false, old);
        assertThat(old).containsEntry("forcemachine", "pc-i440fx-1.4");
    }

    @Test
    void aMachineTheConfigDidNotHaveIsDroppedWhenTheSnapshotHasRamState() {
        Map<String, Object> data = new HashMap<>();
        vm.rollbackHook(100, section(), section(), true, data); // no machine before the rollback
        ConfigSection out = vm.rollbackHook(100, section("machine", "pc-i440fx-7.2"),
                section("vmstate", "local:100/state.raw"), false, data);
        assertThat(out.get("machine")).isEmpty();
        assertThat(data).containsEntry("forcemachine", "pc-i440fx-7.2");
    }

    @Test
    void aVmWithoutGenerationIdGetsNone() {
        ConfigSection out = vm.rollbackHook(100, section("vmgenid", "0"), section(), false, new HashMap<>());
        assertThat(out.get("vmgenid")).hasValue("0");
    }
}
