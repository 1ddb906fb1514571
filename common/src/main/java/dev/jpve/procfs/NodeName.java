package dev.jpve.procfs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The local node's name as upstream derives it ({@code PVE::INotify::nodename}): the kernel's
 * host name up to the first dot ({@code pve1.example.com} gives {@code pve1}).
 */
public final class NodeName {
    private static final Path HOSTNAME = Path.of("/proc/sys/kernel/hostname");

    private NodeName() {}

    /** The node name of a host name. */
    public static String of(String hostname) {
        String name = hostname.strip();
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    /**
     * This machine's node name, from {@code /proc/sys/kernel/hostname}.
     *
     * @throws UncheckedIOException if the host name cannot be read
     */
    public static String read() {
        try {
            return of(Files.readString(HOSTNAME));
        } catch (IOException e) {
            throw new UncheckedIOException("unable to read the host name", e);
        }
    }
}
