package dev.jpve.procfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One IPv6 route from {@code /proc/net/ipv6_route} ({@code read_proc_net_ipv6_route}).
 *
 * <p>Addresses are written uncompressed, as eight groups of four hex digits joined by {@code :}
 * (e.g. {@code fe80:0000:0000:0000:0000:0000:0000:0000}).
 *
 * @param dest destination network
 * @param prefix destination prefix length
 * @param gateway next hop ({@code 0000:...:0000} for none)
 * @param metric route metric
 * @param iface interface name
 */
public record NetIpv6Route(String dest, int prefix, String gateway, long metric, String iface) {
    private static final String ADDR = "(\\p{XDigit}{32})";
    private static final String HEX = "(\\p{XDigit}+)";
    private static final Pattern LINE = Pattern.compile("^" + ADDR + " " + HEX + " \\p{XDigit}{32} "
            + "\\p{XDigit}+ " + ADDR + " " + HEX + " \\p{XDigit}+ \\p{XDigit}+ \\p{XDigit}+\\s+(\\S+)",
            Pattern.MULTILINE);

    /** Checks that no component is null. */
    public NetIpv6Route {
        Objects.requireNonNull(dest, "dest");
        Objects.requireNonNull(gateway, "gateway");
        Objects.requireNonNull(iface, "iface");
    }

    /** Parses the text of {@code /proc/net/ipv6_route}; odd lines are skipped. */
    public static List<NetIpv6Route> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<NetIpv6Route> routes = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            try {
                routes.add(new NetIpv6Route(groups(m.group(1)), Integer.parseInt(m.group(2), 16),
                        groups(m.group(3)), Long.parseUnsignedLong(m.group(4), 16), m.group(5)));
            } catch (NumberFormatException e) {
                // a field beyond its range is not a real kernel line; skip it
            }
        }
        return List.copyOf(routes);
    }

    /** Reads {@code /proc/net/ipv6_route}; empty when it cannot be read. */
    public static List<NetIpv6Route> read() {
        return ProcFiles.readAll(ProcRoot.DEFAULT.resolve("net/ipv6_route"))
                .map(NetIpv6Route::parse).orElse(List.of());
    }

    private static String groups(String hex32) {
        StringBuilder out = new StringBuilder(39);
        for (int i = 0; i < 32; i += 4) {
            if (i > 0) {
                out.append(':');
            }
            out.append(hex32, i, i + 4);
        }
        return out.toString();
    }
}
