package dev.jpve.guest;

import java.util.Map;
import java.util.UUID;

/**
 * The snapshot hooks of a qemu-server style VM: {@link SnapshotHooks} with qemu-server's
 * rollback hook (spec guest.md 1.5.4). A VM type implements this instead of {@code SnapshotHooks}
 * and gets, on rollback:
 *
 * <ul>
 *   <li>in the prepare phase, the current {@code machine} remembered as {@code data.oldmachine};</li>
 *   <li>afterwards, the machine the VM must be started with in {@code data.forcemachine}: the
 *       snapshot's {@code runningmachine} (removed from the config, with {@code runningcpu} moved to
 *       {@code data.forcecpu} and {@code running-nets-host-mtu} to data as well), else the type of
 *       {@code machine} or {@code pc-i440fx-1.4} for old snapshots, {@code machine} being removed
 *       when the snapshot has RAM state and the config before the rollback had none;</li>
 *   <li>a new {@code vmgenid} when the VM has one, so that the guest sees a new generation.</li>
 * </ul>
 */
public interface QemuSnapshotHooks extends SnapshotHooks {
    /** The machine of snapshots made before qemu-server recorded one. */
    String LEGACY_MACHINE = "pc-i440fx-1.4";

    @Override
    default ConfigSection rollbackHook(int vmid, ConfigSection conf, ConfigSection snap, boolean prepare,
            Map<String, Object> data) {
        if (prepare) {
            conf.get("machine").ifPresent(m -> data.put("oldmachine", m));
            return conf;
        }
        ConfigSection out = conf;
        if (conf.get("runningmachine").filter(ConfigLines::truthy).isPresent()) {
            data.put("forcemachine", conf.get("runningmachine").orElseThrow());
            out = out.without("runningmachine");
            if (conf.get("runningcpu").isPresent()) {
                data.put("forcecpu", conf.get("runningcpu").orElseThrow());
                out = out.without("runningcpu");
            }
            if (conf.get("running-nets-host-mtu").isPresent()) {
                data.put("running-nets-host-mtu", conf.get("running-nets-host-mtu").orElseThrow());
                out = out.without("running-nets-host-mtu");
            }
        } else {
            data.put("forcemachine", conf.get("machine").filter(ConfigLines::truthy).map(QemuSnapshotHooks::machineType)
                    .orElse(LEGACY_MACHINE));
            if (snap.get("vmstate").filter(ConfigLines::truthy).isPresent() && !data.containsKey("oldmachine")) {
                out = out.without("machine");
            }
        }
        if (out.get("vmgenid").filter(ConfigLines::truthy).isPresent()) {
            out = out.with("vmgenid", newVmgenid());
        }
        return out;
    }

    /** A new VM generation ID; random by default. */
    default String newVmgenid() {
        return UUID.randomUUID().toString();
    }

    /** The {@code type} of a {@code machine} property string ({@code q35}, {@code type=q35,viommu=intel}). */
    static String machineType(String machine) {
        for (String part : machine.split(",")) {
            if (part.startsWith("type=")) {
                return part.substring("type=".length());
            }
            if (!part.contains("=")) {
                return part;
            }
        }
        return machine;
    }
}
