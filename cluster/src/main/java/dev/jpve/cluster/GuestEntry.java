package dev.jpve.cluster;

import java.util.Objects;

/**
 * One guest of the cluster's VMID list: which node owns it and what type it is.
 *
 * @param vmid the guest id
 * @param node the owning node (whose directory holds the config)
 * @param type the config directory name: {@code qemu-server}, {@code lxc}, or another registered type
 */
public record GuestEntry(int vmid, String node, String type) {
    /** Checks the arguments. */
    public GuestEntry {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
    }

    /**
     * Upstream's word for the type in messages: {@code VM} for qemu-server, {@code CT} for lxc,
     * the directory name for another type ({@code app}).
     */
    public String typeWord() {
        return switch (type) {
            case "qemu-server" -> "VM";
            case "lxc" -> "CT";
            default -> type;
        };
    }
}
