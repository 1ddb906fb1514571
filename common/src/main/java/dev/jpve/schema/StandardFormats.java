package dev.jpve.schema;

import dev.jpve.time.CalendarEvent;
import dev.jpve.time.CalendarEventException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Registers the formats pve-common defines (spec 1.5.2). */
final class StandardFormats {
    private StandardFormats() {}

    static void registerAll(Formats f) {
        f.register("string", v -> v);
        f.register("urlencoded", check(v -> Chars.all(v, 0, v.length(), StandardFormats::urlChar), v -> "invalid urlencoded string: " + v));
        f.register("pve-configid", check(StandardFormats::configId, v -> "invalid configuration ID '" + v + "'"));
        f.register("pve-storage-id", v -> storageLike(v, "storage ID"));
        f.register("acme-plugin-id", v -> storageLike(v, "ACME plugin ID"));
        f.register("pve-bridge-id", check(StandardFormats::bridgeId, v -> "invalid bridge ID '" + v + "'"));
        f.register("pve-vmid", fixed(StandardFormats::vmid, "value does not look like a valid VM ID"));
        f.register("pve-node", fixed(v -> NetworkFormats.label(v, 0, v.length()), "value does not look like a valid node name"));
        f.register("pve-node-location", nodeLocation());
        f.register("storage-pair", v -> IdMaps.verifyPair(v, f, "pve-storage-id"));
        f.register("bridge-pair", v -> IdMaps.verifyPair(v, f, "pve-bridge-id"));
        f.register("mac-addr", fixed(NetworkFormats::unicastMac, "value does not look like a valid unicast MAC address"));
        f.register("ipv4", fixed(NetworkFormats::ipv4, "value does not look like a valid IPv4 address"));
        f.register("ipv6", fixed(NetworkFormats::ipv6, "value does not look like a valid IPv6 address"));
        f.register("ip", fixed(NetworkFormats::ip, "value does not look like a valid IP address"));
        f.register("ldap-simple-attr", check(v -> !v.isEmpty() && Chars.all(v, 0, v.length(), Chars::alnum),
                v -> "value '" + v + "' does not look like a simple ldap attribute name"));
        f.register("ipv4mask", exact(NetworkFormats::ipv4Mask, "value does not look like a valid IP netmask"));
        f.register("CIDRv4", fixed(NetworkFormats::cidrV4, "value does not look like a valid IPv4 CIDR network"));
        f.register("CIDRv6", fixed(NetworkFormats::cidrV6, "value does not look like a valid IPv6 CIDR network"));
        f.register("CIDR", fixed(v -> NetworkFormats.cidrV4(v) || NetworkFormats.cidrV6(v),
                "value does not look like a valid CIDR network"));
        f.register("pve-ipv4-config", fixed(v -> v.equals("dhcp") || v.equals("manual") || NetworkFormats.cidrV4(v),
                "value does not look like a valid ipv4 network configuration"));
        f.register("pve-ipv6-config", fixed(v -> v.equals("auto") || v.equals("dhcp") || v.equals("manual")
                || NetworkFormats.cidrV6(v), "value does not look like a valid ipv6 network configuration"));
        f.register("email", fixed(NetworkFormats::email, "value does not look like a valid email address"));
        f.register("email-or-username", fixed(v -> NetworkFormats.email(v) || NetworkFormats.emailUser(v, 0, v.length()),
                "value does not look like a valid email address or user name"));
        f.register("dns-name", fixed(NetworkFormats::dnsName, "value does not look like a valid DNS name"));
        f.register("timezone", exact(v -> v.equals("UTC") || TimeZones.NAMES.contains(v), null, v -> "invalid time zone '" + v + "'"));
        f.register("pve-iface", check(StandardFormats::iface, v -> "invalid network interface name '" + v + "'"));
        f.register("pve-vlan-id-or-range", StandardFormats::vlan);
        f.register("address", check(v -> NetworkFormats.ip(v) || NetworkFormats.dnsName(v),
                v -> "value does not look like a valid address: " + v));
        f.register("disk-size", exact(v -> Conversions.parseSize(v).isPresent(), null,
                v -> "value does not look like a valid disk size: " + v));
        f.register("pve-startup-order", exact(StandardFormats::startupOrder, "unable to parse startup options"));
        f.register("bwlimit", bwlimit());
        f.register("proxmox-remote", proxmoxRemote());
        f.register("pve-tag", fixed(StandardFormats::tag, "invalid characters in tag"));
        f.register("pve-tfa-secret", fixed(StandardFormats::tfaSecret, "unable to decode TFA secret"));
        f.register("pve-task-status-type", check(v -> Set.of("ok", "error", "warning", "unknown")
                .contains(v.toLowerCase(java.util.Locale.ROOT)), v -> "invalid status '" + v + "'"));
        f.register("pve-calendar-event", StandardFormats::calendarEvent);
        PemFormats.registerAll(f);
    }

    /**
     * {@code pve_verify_calendar_event}: trims (Perl {@code \s}), then proxmox-time's parser; the
     * message ends with two newlines (the parser's error already ends with one).
     */
    private static String calendarEvent(String v) {
        int from = 0;
        int to = v.length();
        while (from < to && perlSpace(v.charAt(from))) {
            from++;
        }
        while (to > from && perlSpace(v.charAt(to - 1))) {
            to--;
        }
        String err;
        if (from == to) {
            err = "unable to parse calendar event - event is empty";
        } else {
            try {
                CalendarEvent.parse(v.substring(from, to));
                return v;
            } catch (CalendarEventException e) {
                err = e.getMessage();
            }
        }
        throw new FormatException("invalid calendar event '" + v + "' - " + err + "\n\n");
    }

    private static boolean perlSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    /** A regex-like check (a trailing newline tolerated) with a message naming the value. */
    private static FormatVerifier check(Predicate<String> ok, java.util.function.Function<String, String> message) {
        return v -> {
            if (!ok.test(Chars.chomp(v))) {
                throw new FormatException(message.apply(v) + "\n");
            }
            return v;
        };
    }

    private static FormatVerifier fixed(Predicate<String> ok, String message) {
        return check(ok, v -> message);
    }

    /** A check on the exact text (no newline tolerance). */
    private static FormatVerifier exact(Predicate<String> ok, String message) {
        return exact(ok, message, null);
    }

    private static FormatVerifier exact(Predicate<String> ok, String message,
            java.util.function.Function<String, String> byValue) {
        return v -> {
            if (!ok.test(v)) {
                throw new FormatException((byValue == null ? message : byValue.apply(v)) + "\n");
            }
            return v;
        };
    }

    private static boolean urlChar(char c) {
        return Chars.alnum(c) || "-%_.!~*'()".indexOf(c) >= 0;
    }

    private static boolean configId(String v) {
        return v.length() >= 2 && Chars.alpha(v.charAt(0))
                && Chars.all(v, 1, v.length(), c -> Chars.alnum(c) || c == '_' || c == '-');
    }

    private static String storageLike(String v, String what) {
        if (v.length() < 2) {
            throw new FormatException(what + " '" + v + "' cannot be shorter than 2 characters\n");
        }
        String s = Chars.chomp(v);
        boolean ok = s.length() >= 2 && Chars.alpha(s.charAt(0)) && Chars.alnum(s.charAt(s.length() - 1))
                && Chars.all(s, 1, s.length(), c -> Chars.alnum(c) || c == '-' || c == '_' || c == '.');
        if (!ok) {
            throw new FormatException(what + " '" + v + "' contains illegal characters\n");
        }
        return v;
    }

    private static boolean vmid(String v) {
        return v.length() >= 3 && v.length() <= 9 && v.charAt(0) != '0' && digits(v, 0);
    }

    private static boolean iface(String v) {
        int sep = Math.max(v.indexOf(':'), v.indexOf('.'));
        int nameEnd = sep < 0 ? v.length() : sep;
        if (sep >= 0 && (sep + 1 == v.length() || !Chars.all(v, sep + 1, v.length(), Chars::digit))) {
            return false;
        }
        return nameEnd >= 2 && nameEnd <= 21 && Chars.alpha(v.charAt(0))
                && Chars.all(v, 1, nameEnd, c -> Chars.alnum(c) || c == '_');
    }

    private static String vlan(String v) {
        String s = Chars.chomp(v);
        int dash = s.indexOf('-');
        String start = dash < 0 ? s : s.substring(0, dash);
        String end = dash < 0 ? null : s.substring(dash + 1);
        if (!digits(start) || (end != null && !digits(end))) {
            throw new FormatException("invalid VLAN configuration '" + v + "'\n");
        }
        for (String tag : end == null ? List.of(start) : List.of(start, end)) {
            double t = Double.parseDouble(tag);
            if (t < 2 || t > 4094) {
                throw new FormatException("invalid VLAN tag '" + tag + "'\n");
            }
        }
        if (end != null && Double.parseDouble(start) >= Double.parseDouble(end)) {
            throw new FormatException("VLAN range must go from lower to higher tag '" + v + "'\n");
        }
        return v;
    }

    private static boolean digits(String s) {
        return !s.isEmpty() && Chars.all(s, 0, s.length(), Chars::digit);
    }

    private static boolean startupOrder(String v) {
        if (v.isEmpty() || v.equals("0")) {
            return false;
        }
        for (int start = 0; start <= v.length(); ) {
            int comma = v.indexOf(',', start);
            int end = comma < 0 ? v.length() : comma;
            if (!v.substring(start, end).isBlank() && !startupPart(Chars.chomp(v.substring(start, end)))) {
                return false;
            }
            start = end + 1;
        }
        return true;
    }

    private static boolean startupPart(String q) {
        int from = q.startsWith("order=") ? 6 : q.startsWith("up=") ? 3 : q.startsWith("down=") ? 5 : 0;
        return from < q.length() && digits(q, from);
    }

    private static boolean digits(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (!Chars.digit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean bridgeId(String v) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Chars.word(c) && c != '-' && c != '.') {
                return false;
            }
        }
        return !v.isEmpty();
    }

    private static boolean tag(String v) {
        if (v.isEmpty() || !tagStart(v.charAt(0))) {
            return false;
        }
        for (int i = 1; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!tagStart(c) && c != '-' && c != '+' && c != '.') {
                return false;
            }
        }
        return true;
    }

    private static boolean tagStart(char c) {
        return Chars.alnum(c) || c == '_';
    }

    private static boolean tfaSecret(String v) {
        if (v.startsWith("v2-0x")) {
            return run(v, 5, 16, 128, Chars::hex);
        }
        if (v.startsWith("v2-")) {
            return run(v, 3, 16, 128, StandardFormats::base32);
        }
        return run(v, 0, 16, 16, StandardFormats::base32) || run(v, 0, 40, 40, Chars::hex);
    }

    private static boolean run(String v, int from, int min, int max, Chars.CharTest test) {
        int n = v.length() - from;
        return n >= min && n <= max && Chars.all(v, from, v.length(), test);
    }

    private static boolean base32(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '2' && c <= '7') || c == '=';
    }

    private static Map<String, Schema> nodeLocation() {
        Map<String, Schema> m = new LinkedHashMap<>();
        m.put("name", StringSchema.builder().optional().maxLength(128).typetext("<name>")
                .description("Name of the location.").build());
        m.put("latitude", NumberSchema.builder().minimum(-90).maximum(90).description("Latitude.").build());
        m.put("longitude", NumberSchema.builder().minimum(-180).maximum(180).description("Longitude.").build());
        return m;
    }

    static Map<String, Schema> bwlimit() {
        Map<String, Schema> m = new LinkedHashMap<>();
        for (String k : List.of("default", "restore", "migration", "clone", "move")) {
            m.put(k, NumberSchema.builder().optional().minimum(0).formatDescription("LIMIT")
                    .description("bandwidth limit in KiB/s for " + k).build());
        }
        return m;
    }

    private static Map<String, Schema> proxmoxRemote() {
        Map<String, Schema> m = new LinkedHashMap<>();
        m.put("host", StringSchema.builder().formatDescription("ADDRESS").build());
        m.put("port", IntegerSchema.builder().optional().formatDescription("PORT").build());
        m.put("apitoken", StringSchema.builder().description("A full Proxmox API token").build());
        m.put("fingerprint", StringSchema.builder().optional().pattern("([A-Fa-f0-9]{2}:){31}[A-Fa-f0-9]{2}").build());
        return m;
    }

    /** The zone names of {@code zone.tab} (column 3), read once. */
    private static final class TimeZones {
        static final Set<String> NAMES = load();

        private static Set<String> load() {
            Set<String> names = new HashSet<>();
            try {
                for (String line : Files.readAllLines(Path.of("/usr/share/zoneinfo/zone.tab"))) {
                    String[] cols = line.split("\t");
                    if (!line.startsWith("#") && cols.length >= 3) {
                        names.add(cols[2]);
                    }
                }
            } catch (IOException e) {
                names.addAll(ZoneId.getAvailableZoneIds());
            }
            return names;
        }
    }
}
