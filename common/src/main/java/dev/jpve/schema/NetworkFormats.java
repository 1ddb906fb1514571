package dev.jpve.schema;

/** Hand-written checks of the network formats (ipv4, ipv6, CIDR, MAC, DNS names, e-mail). */
final class NetworkFormats {
    private NetworkFormats() {}

    /** Dotted quad, octets 0-255 without leading zeros. */
    static boolean ipv4(String s) {
        return ipv4(s, 0, s.length());
    }

    static boolean ipv4(String s, int from, int to) {
        int octets = 0;
        int i = from;
        while (i <= to) {
            int j = i;
            while (j < to && Chars.digit(s.charAt(j))) {
                j++;
            }
            int len = j - i;
            if (len == 0 || len > 3 || (len > 1 && s.charAt(i) == '0') || Integer.parseInt(s, i, j, 10) > 255) {
                return false;
            }
            octets++;
            if (j == to) {
                return octets == 4;
            }
            if (s.charAt(j) != '.' || octets == 4) {
                return false;
            }
            i = j + 1;
        }
        return false;
    }

    /** RFC 4291 text forms: eight groups, {@code ::} once, an embedded IPv4 address last. */
    static boolean ipv6(String s) {
        return ipv6(s, 0, s.length());
    }

    static boolean ipv6(String s, int from, int to) {
        int gap = s.indexOf("::", from);
        if (gap < 0 || gap + 2 > to) {
            return groups(s, from, to, true) == 8;
        }
        int again = s.indexOf("::", gap + 1);
        if (again >= 0 && again + 2 <= to) {
            return false;
        }
        int left = gap == from ? 0 : groups(s, from, gap, false);
        int right = gap + 2 == to ? 0 : groups(s, gap + 2, to, true);
        return left >= 0 && right >= 0 && left + right <= 7;
    }

    /** Number of 16-bit groups in a colon-separated run, or -1 if malformed. */
    private static int groups(String s, int from, int to, boolean ipv4Last) {
        int count = 0;
        int i = from;
        while (true) {
            int colon = s.indexOf(':', i);
            int end = colon < 0 || colon >= to ? to : colon;
            if (end == to && ipv4Last && s.indexOf('.', i) >= 0 && s.indexOf('.', i) < to) {
                return ipv4(s, i, to) ? count + 2 : -1;
            }
            if (end - i < 1 || end - i > 4 || !Chars.all(s, i, end, Chars::hex)) {
                return -1;
            }
            count++;
            if (end == to) {
                return count;
            }
            i = end + 1;
        }
    }

    static boolean ip(String s) {
        return ipv4(s) || ipv6(s);
    }

    static boolean cidrV4(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && ipv4(s, 0, slash) && prefix(s, slash + 1, 32);
    }

    static boolean cidrV6(String s) {
        int slash = s.indexOf('/');
        return slash > 0 && ipv6(s, 0, slash) && prefix(s, slash + 1, 128);
    }

    private static boolean prefix(String s, int from, int max) {
        if (from >= s.length() || s.length() - from > 9 || !Chars.all(s, from, s.length(), Chars::digit)) {
            return false;
        }
        int n = Integer.parseInt(s, from, s.length(), 10);
        return n >= 8 && n <= max;
    }

    /** One of the 33 contiguous IPv4 netmasks. */
    static boolean ipv4Mask(String s) {
        if (!ipv4(s)) {
            return false;
        }
        long bits = 0;
        for (String octet : s.split("\\.")) {
            bits = (bits << 8) | Integer.parseInt(octet);
        }
        long inverted = ~bits & 0xffffffffL;
        return (inverted & (inverted + 1)) == 0;
    }

    /** Unicast MAC: six hex pairs, the second digit even. */
    static boolean unicastMac(String s) {
        if (s.length() != 17) {
            return false;
        }
        for (int i = 0; i < 17; i++) {
            char c = s.charAt(i);
            if (i % 3 == 2 ? c != ':' : !Chars.hex(c)) {
                return false;
            }
        }
        return "02468aceACE".indexOf(s.charAt(1)) >= 0;
    }

    /** Labels {@code [a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?} joined by dots. */
    static boolean dnsName(String s) {
        int i = 0;
        while (true) {
            int dot = s.indexOf('.', i);
            int end = dot < 0 ? s.length() : dot;
            if (!label(s, i, end)) {
                return false;
            }
            if (dot < 0) {
                return true;
            }
            i = dot + 1;
        }
    }

    /** A node name: one DNS label. */
    static boolean label(String s, int from, int to) {
        if (to <= from || !Chars.alnum(s.charAt(from)) || !Chars.alnum(s.charAt(to - 1))) {
            return false;
        }
        for (int i = from + 1; i < to - 1; i++) {
            char c = s.charAt(i);
            if (!Chars.alnum(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean email(String s) {
        int at = s.indexOf('@');
        return at > 0 && emailUser(s, 0, at) && domain(s, at + 1, s.length());
    }

    /** {@code [\w+\-~]+(\.[\w+\-~]+)*}. */
    static boolean emailUser(String s, int from, int to) {
        return dotted(s, from, to, c -> Chars.word(c) || c == '+' || c == '-' || c == '~');
    }

    private static boolean domain(String s, int from, int to) {
        return dotted(s, from, to, c -> Chars.alnum(c) || c == '-');
    }

    private static boolean dotted(String s, int from, int to, Chars.CharTest test) {
        int i = from;
        while (true) {
            int dot = s.indexOf('.', i);
            int end = dot < 0 || dot >= to ? to : dot;
            if (end == i || !Chars.all(s, i, end, test)) {
                return false;
            }
            if (end == to) {
                return true;
            }
            i = end + 1;
        }
    }
}
