package dev.jpve.tools;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A host with an optional port, as {@code parse_host_and_port} accepts it.
 *
 * <p>Accepted forms, tried in this order (a trailing newline is tolerated, as Perl's {@code $}
 * does):
 * <ol>
 *   <li>an IPv4 address or a name of letters, digits, {@code -} and {@code .}, then optionally
 *       {@code :port} ({@code node1:8006});
 *   <li>an IPv6 address, IPv4 address or such a name in brackets, then optionally
 *       {@code :port} ({@code [fe80::1]:8006});
 *   <li>a bare IPv6 address, then optionally {@code .port} ({@code fe80::1.8006}).
 * </ol>
 * The host is returned without brackets. Upstream's third return value is always 1; this record
 * says instead whether the host is an IPv6 address, which is what a caller needs to know to put
 * the brackets back.
 *
 * {@snippet :
 * HostPort.parse("[fe80::1]:8006"); // Optional[HostPort[host=fe80::1, port=Optional[8006], ipv6=true]]
 * HostPort.parse("a b");            // Optional.empty
 * }
 *
 * @param host the host name or address, without brackets
 * @param port the port digits as written, if any
 * @param ipv6 whether {@code host} is an IPv6 address
 */
public record HostPort(String host, Optional<String> port, boolean ipv6) {
    private static final String NAME = "[A-Za-z0-9\\-.]+";
    private static final Pattern PLAIN = Pattern.compile(
            "^(" + IpAddresses.IPV4 + "|" + NAME + ")(?::([0-9]+))?$", Pattern.UNIX_LINES);
    private static final Pattern BRACKETED = Pattern.compile("^\\[(" + IpAddresses.IPV6 + "|"
            + IpAddresses.IPV4 + "|" + NAME + ")\\](?::([0-9]+))?$", Pattern.UNIX_LINES);
    private static final Pattern BARE_IPV6 = Pattern.compile(
            "^(" + IpAddresses.IPV6 + ")(?:\\.([0-9]+))?$", Pattern.UNIX_LINES);
    private static final Pattern IPV6_ONLY = Pattern.compile(IpAddresses.IPV6);

    /** Checks that no component is null. */
    public HostPort {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
    }

    /** Parses {@code address}; empty when it is none of the accepted forms. */
    public static Optional<HostPort> parse(String address) {
        Objects.requireNonNull(address, "address");
        for (Pattern form : new Pattern[] {PLAIN, BRACKETED, BARE_IPV6}) {
            Matcher m = form.matcher(address);
            if (m.find()) {
                String host = m.group(1);
                return Optional.of(new HostPort(host, Optional.ofNullable(m.group(2)),
                        IPV6_ONLY.matcher(host).matches()));
            }
        }
        return Optional.empty();
    }
}
