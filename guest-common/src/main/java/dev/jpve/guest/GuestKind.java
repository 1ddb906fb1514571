package dev.jpve.guest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * What the config engine needs to know of a guest type: its word in messages, its codec (whose
 * directory names the config directory) and where its node-local flock files live.
 *
 * @param guestType {@code VM}, {@code CT}, or another type's word (upstream {@code guest_type})
 * @param codec the config file codec
 * @param lockFile the flock file of a vmid (upstream {@code config_file_lock})
 */
public record GuestKind(String guestType, ConfigCodec codec, IntFunction<Path> lockFile) {
    /** Checks the arguments. */
    public GuestKind {
        Objects.requireNonNull(guestType, "guestType");
        Objects.requireNonNull(codec, "codec");
        Objects.requireNonNull(lockFile, "lockFile");
    }

    /** qemu-server VMs with lock files {@code <lockDir>/lock-<vmid>.conf} (upstream: {@code /var/lock/qemu-server}). */
    public static GuestKind qemu(Path lockDir) {
        return new GuestKind("VM", ConfigCodec.qemu(), vmid -> lockDir.resolve("lock-" + vmid + ".conf"));
    }

    /** Containers with lock files {@code <lockDir>/pve-config-<vmid>.lock} (upstream: {@code /run/lock/lxc}). */
    public static GuestKind lxc(Path lockDir) {
        return new GuestKind("CT", ConfigCodec.lxc(), vmid -> lockDir.resolve("pve-config-" + vmid + ".lock"));
    }

    /** The config directory name inside a node's directory. */
    public String directory() {
        return codec.directory();
    }
}
