package dev.jpve.guest;

/** qemu-server's config keys ({@code $confdesc}, cloud-init and snapshot keys) with their types. */
final class QemuKeys {
    static final GuestProperties PROPERTIES = build();

    private QemuKeys() {}

    private static GuestProperties build() {
        GuestProperties.Builder b = GuestProperties.builder()
                .bool("acpi", "autostart", "ciupgrade", "freeze", "keephugepages", "kvm", "localtime", "numa",
                        "onboot", "protection", "reboot", "tablet", "tdf", "template", "allow-ksm")
                .integer("balloon", "cores", "cpuunits", "migrate_speed", "shares", "smp", "snaptime", "sockets",
                        "vcpus")
                .number("cpulimit", "migrate_downtime")
                .string("args", "arch", "bios", "cipassword", "citype", "ciuser", "description", "hugepages",
                        "keyboard", "lock", "ostype", "running-nets-host-mtu", "scsihw", "searchdomain",
                        "startdate", "vmgenid")
                .formatted("pve-qm-agent", "agent")
                .formatted("pve-qemu-sev-fmt", "amd-sev")
                .formatted("pve-qm-audio", "audio0")
                .formatted("pve-cpuset", "affinity")
                .formatted("pve-qm-boot", "boot")
                .formatted("pve-qm-bootdisk", "bootdisk")
                .formatted("pve-qm-cdrom", "cdrom")
                .formatted("pve-volume-id-list", "cicustom")
                .formatted("pve-vm-cpu-conf", "cpu", "runningcpu")
                .formatted("pve-qm-efidisk", "efidisk0")
                .formatted("pve-volume-id", "hookscript", "vmstate")
                .formatted("pve-hotplug-features", "hotplug")
                .formatted("pve-qemu-tdx-fmt", "intel-tdx")
                .formatted("pve-qm-ivshmem", "ivshmem")
                .formatted("pve-qemu-machine", "machine", "runningmachine")
                .formatted("pve-qm-meta", "meta")
                .formatted("pve-qm-memory", "memory")
                .formatted("dns-name", "name")
                .formatted("address-list", "nameserver")
                .formatted("pve-configid", "parent")
                .formatted("pve-qm-rng", "rng0")
                .formatted("pve-qm-smbios1", "smbios1")
                .formatted("pve-qm-spice-enhancements", "spice_enhancements")
                .formatted("urlencoded", "sshkeys")
                .formatted("pve-startup-order", "startup")
                .formatted("pve-tag-list", "tags")
                .formatted("pve-qm-tpmstate", "tpmstate0")
                .formatted("pve-qm-vga", "vga")
                .formatted("pve-storage-id", "vmstatestorage")
                .formatted("pve-qm-watchdog", "watchdog")
                .indexed("hostpci", 16, "pve-qm-hostpci")
                .indexed("ide", 4, "pve-qm-ide")
                .indexed("ipconfig", 32, "pve-qm-ipconfig")
                .indexed("net", 32, "pve-qm-net")
                .indexed("numa", 8, "pve-qm-numanode")
                .indexed("sata", 6, "pve-qm-sata")
                .indexed("scsi", 31, "pve-qm-scsi")
                .indexed("unused", 256, "pve-volume-id")
                .indexed("usb", 14, "pve-qm-usb")
                .indexed("virtio", 16, "pve-qm-virtio")
                .indexed("virtiofs", 10, "pve-qm-virtiofs");
        for (int i = 0; i < 4; i++) {
            b.string("serial" + i);
        }
        for (int i = 0; i < 3; i++) {
            b.string("parallel" + i);
        }
        return b.build();
    }
}
