package dev.jpve.procfs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Network interfaces that are administratively up: upstream's
 * {@code get_active_network_interfaces}.
 *
 * <p>Upstream asks {@code SIOCGIFFLAGS} for every interface of {@code /proc/net/dev}; the same
 * flags word is published in {@code /sys/class/net/<name>/flags}, which needs no socket.
 */
public final class NetInterfaces {
    private static final int IFF_UP = 0x1;

    private NetInterfaces() {}

    /** The names of the interfaces whose {@code IFF_UP} flag is set, in {@code /proc/net/dev} order. */
    public static List<String> active() {
        Path classNet = ProcRoot.SYS.resolve("class/net");
        return NetDevCounters.read().keySet().stream()
                .filter(name -> isUp(classNet.resolve(name).resolve("flags")))
                .toList();
    }

    /** Whether a {@code flags} text (hexadecimal, as the kernel writes it) has {@code IFF_UP}. */
    static boolean isUpFlags(String flags) {
        String hex = flags.strip();
        if (hex.startsWith("0x")) {
            hex = hex.substring(2);
        }
        try {
            return (Long.parseLong(hex, 16) & IFF_UP) != 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isUp(Path flagsFile) {
        try {
            return isUpFlags(Files.readString(flagsFile));
        } catch (IOException e) {
            return false;
        }
    }
}
