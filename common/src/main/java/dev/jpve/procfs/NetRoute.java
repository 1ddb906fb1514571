package dev.jpve.procfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IPv4 route from {@code /proc/net/route} ({@code read_proc_net_route}), addresses as dotted
 * quads (the file writes them as little-endian hex).
 *
 * @param dest destination network
 * @param gateway gateway address ({@code 0.0.0.0} for none)
 * @param mask network mask
 * @param metric route metric
 * @param mtu route MTU (0 for the interface's)
 * @param iface interface name
 */
public record NetRoute(String dest, String gateway, String mask, long metric, long mtu,
        String iface) {
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+(\\p{XDigit}{8})\\s+(\\p{XDigit}{8})"
            + "\\s+\\S+\\s+\\S+\\s+\\S+\\s+([0-9]+)\\s+(\\p{XDigit}{8})\\s+([0-9]+)", Pattern.MULTILINE);

    /** Checks that no component is null. */
    public NetRoute {
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(iface, "iface");
    }

    /** Parses the text of {@code /proc/net/route}; the header and odd lines are skipped. */
    public static List<NetRoute> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<NetRoute> routes = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            routes.add(new NetRoute(quad(m.group(2)), quad(m.group(3)), quad(m.group(5)),
                    Long.parseLong(m.group(4)), Long.parseLong(m.group(6)), m.group(1)));
        }
        return List.copyOf(routes);
    }

    /** Reads {@code /proc/net/route}; empty when it cannot be read. */
    public static List<NetRoute> read() {
        return ProcFiles.readAll(ProcRoot.DEFAULT.resolve("net/route")).map(NetRoute::parse)
                .orElse(List.of());
    }

    /** {@code 0100A8C0} -> {@code 192.168.0.1}. */
    static String quad(String littleEndianHex) {
        int value = Integer.parseUnsignedInt(littleEndianHex, 16);
        return (value & 0xff) + "." + ((value >>> 8) & 0xff) + "." + ((value >>> 16) & 0xff) + "."
                + (value >>> 24);
    }
}
