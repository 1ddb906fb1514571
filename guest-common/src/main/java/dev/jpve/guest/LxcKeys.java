package dev.jpve.guest;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * pve-container's config keys with their types, and its check of raw {@code lxc.*} keys
 * ({@code is_valid_lxc_conf_key}).
 */
final class LxcKeys {
    static final GuestProperties PROPERTIES = build();

    private static final Set<String> VALID = Set.of("lxc.apparmor.profile", "lxc.apparmor.allow_incomplete",
            "lxc.apparmor.allow_nesting", "lxc.apparmor.raw", "lxc.selinux.context", "lxc.include", "lxc.arch",
            "lxc.uts.name", "lxc.signal.halt", "lxc.signal.reboot", "lxc.signal.stop", "lxc.init.cmd",
            "lxc.pty.max", "lxc.console.logfile", "lxc.console.path", "lxc.tty.max", "lxc.devtty.dir",
            "lxc.hook.autodev", "lxc.autodev", "lxc.kmsg", "lxc.mount.fstab", "lxc.mount.entry", "lxc.mount.auto",
            "lxc.rootfs.mount", "lxc.cap.drop", "lxc.cap.keep", "lxc.seccomp.profile", "lxc.seccomp.notify.proxy",
            "lxc.seccomp.notify.cookie", "lxc.idmap", "lxc.hook.pre-start", "lxc.hook.pre-mount", "lxc.hook.mount",
            "lxc.hook.start", "lxc.hook.stop", "lxc.hook.post-stop", "lxc.hook.clone", "lxc.hook.destroy",
            "lxc.hook.version", "lxc.log.level", "lxc.log.file", "lxc.start.auto", "lxc.start.delay",
            "lxc.start.order", "lxc.group", "lxc.environment", "lxc.init.uid", "lxc.init.gid", "lxc.init.cwd",
            "lxc.sysctl.fs.mqueue", "lxc.sysctl.kernel.msgmax", "lxc.sysctl.kernel.msgmnb",
            "lxc.sysctl.kernel.msgmni", "lxc.sysctl.kernel.sem", "lxc.sysctl.kernel.shmall",
            "lxc.sysctl.kernel.shmmax", "lxc.sysctl.kernel.shmmni", "lxc.sysctl.kernel.shm_rmid_forced");

    private static final Map<String, String> FORBIDDEN = Map.of(
            "lxc.rootfs.path", "lxc.rootfs.path is auto generated from rootfs",
            "lxc.rootfs.options", "lxc.rootfs.options is not supported, please use mount point options in the \"rootfs\" key");

    private static final Map<String, String> DEPRECATED = Map.ofEntries(
            Map.entry("lxc.aa_profile", "lxc.apparmor.profile"),
            Map.entry("lxc.aa_allow_incomplete", "lxc.apparmor.allow_incomplete"),
            Map.entry("lxc.console", "lxc.console.path"),
            Map.entry("lxc.devttydir", "lxc.tty.dir"),
            Map.entry("lxc.haltsignal", "lxc.signal.halt"),
            Map.entry("lxc.rebootsignal", "lxc.signal.reboot"),
            Map.entry("lxc.stopsignal", "lxc.signal.stop"),
            Map.entry("lxc.id_map", "lxc.idmap"),
            Map.entry("lxc.init_cmd", "lxc.init.cmd"),
            Map.entry("lxc.loglevel", "lxc.log.level"),
            Map.entry("lxc.logfile", "lxc.log.file"),
            Map.entry("lxc.mount", "lxc.mount.fstab"),
            Map.entry("lxc.rootfs", "lxc.rootfs.path"),
            Map.entry("lxc.pts", "lxc.pty.max"),
            Map.entry("lxc.se_context", "lxc.selinux.context"),
            Map.entry("lxc.seccomp", "lxc.seccomp.profile"),
            Map.entry("lxc.tty", "lxc.tty.max"),
            Map.entry("lxc.utsname", "lxc.uts.name"));

    private LxcKeys() {}

    /** What upstream decides about a raw key. */
    sealed interface Validity {
        /** Accepted, possibly with a warning that is not an error even in strict mode. */
        record Valid(Optional<String> warning) implements Validity {}

        /** Explicitly refused with this reason. */
        record Forbidden(String reason) implements Validity {}

        /** Not a key pve-container knows. */
        record Unknown() implements Validity {}
    }

    static Validity validity(int vmid, String key) {
        if (key.startsWith("lxc.limit.")) {
            return new Validity.Valid(Optional.of(
                    "vm " + vmid + " - " + key + ": lxc.limit.* was renamed to lxc.prlimit.*"));
        }
        String renamed = DEPRECATED.get(key);
        if (renamed != null) {
            return new Validity.Valid(Optional.of(
                    "vm " + vmid + " - " + key + " is deprecated and was renamed to " + renamed));
        }
        if (FORBIDDEN.containsKey(key)) {
            return new Validity.Forbidden(FORBIDDEN.get(key));
        }
        if (VALID.contains(key) || key.startsWith("lxc.cgroup.") || key.startsWith("lxc.cgroup2.")
                || key.startsWith("lxc.prlimit.") || key.startsWith("lxc.net.")) {
            return new Validity.Valid(Optional.empty());
        }
        return new Validity.Unknown();
    }

    private static GuestProperties build() {
        return GuestProperties.builder()
                .bool("console", "debug", "onboot", "protection", "template", "unprivileged")
                .integer("cores", "cpuunits", "memory", "snaptime", "swap", "tty")
                .number("cpulimit")
                .string("arch", "cmode", "description", "entrypoint", "lock", "ostype")
                .formatted("pve-ct-features", "features")
                .formatted("pve-volume-id", "hookscript")
                .formatted("dns-name", "hostname")
                .formatted("lxc-ip-with-ll-iface-list", "nameserver")
                .formatted("pve-configid", "parent")
                .formatted("pve-ct-rootfs", "rootfs")
                .formatted("dns-name-list", "searchdomain")
                .formatted("pve-startup-order", "startup")
                .formatted("pve-tag-list", "tags")
                .formatted("pve-ct-timezone", "timezone")
                .indexed("dev", 256, "pve-lxc-dev-string")
                .indexed("mp", 256, "pve-ct-mountpoint")
                .indexed("net", 32, "pve-lxc-network")
                .indexed("unused", 256, "pve-volume-id")
                .build();
    }
}
