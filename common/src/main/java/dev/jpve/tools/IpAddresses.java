package dev.jpve.tools;

/**
 * Regular expressions for IP address literals, IPv6 following RFC 3986's grammar (with an IPv4
 * tail allowed), alternatives in the RFC's order.
 */
final class IpAddresses {
    private static final String OCTET = "(?:25[0-5]|(?:2[0-4]|1[0-9]|[1-9])?[0-9])";
    /** A dotted-quad IPv4 address. */
    static final String IPV4 = "(?:(?:" + OCTET + "\\.){3}" + OCTET + ")";
    private static final String H16 = "(?:[0-9a-fA-F]{1,4})";
    private static final String LS32 = "(?:" + IPV4 + "|" + H16 + ":" + H16 + ")";
    /** An IPv6 address in any of its textual forms. */
    static final String IPV6 = "(?:"
            + "(?:(?:" + H16 + ":){6}" + LS32 + ")"
            + "|(?:::(?:" + H16 + ":){5}" + LS32 + ")"
            + "|(?:(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + LS32 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16 + ")"
            + "|(?:(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)"
            + ")";

    private IpAddresses() {}
}
