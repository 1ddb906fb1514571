package dev.jpve.schema;

/**
 * The PEM formats of {@code PVE::Certificate} ({@code pem-certificate}, {@code pem-certificate-chain},
 * {@code pem-string}): upstream only matches a regex (RFC 7468 shape), the certificate is not decoded.
 *
 * <p>Upstream's regex, after {@code strip_leading_text}, is {@code ^BLOCK$} (chains:
 * {@code ^(BLOCK\n+)*BLOCK$}) with {@code BLOCK = HEADER BODY FOOTER}, where
 * {@code HEADER = -----BEGIN LABEL-----(?:\s|\n)*}, {@code FOOTER = -----END LABEL-----(?:\s|\n)*},
 * {@code BODY = (?:B+\s*\n)*B*(?:=\s*\n=|={0,2})?\s*\n}, {@code B = [0-9A-Za-z+/]} and
 * {@code LABEL = CERTIFICATE} (or {@code .*?} for {@code pem-string}). It is recognised here
 * without backtracking or recursion (Java's regex engine overflows its stack on long inputs):
 * the body holds no {@code -}, so a block ends at the first {@code -----END} line after its header,
 * an arbitrary label can only close at the last {@code -----} of its line, and the body is run
 * through the regex's automaton ({@link #body}).
 */
final class PemFormats {
    private static final String BEGIN = "-----BEGIN ";
    private static final String END = "-----END ";
    private static final String DASHES = "-----";

    // automaton states of BODY (bits), see body()
    private static final int LEAD = 1;
    private static final int LOOP = 2;
    private static final int LINE = 4;
    private static final int LINE_WS = 8;
    private static final int TAIL = 16;
    private static final int PAD = 32;
    private static final int PAD1 = 64;
    private static final int PAD_WS = 128;
    private static final int PAD_NL = 256;
    private static final int LAST_WS = 512;
    private static final int ACCEPT = 1024;

    private PemFormats() {}

    static void registerAll(Formats f) {
        f.register("pem-certificate", v -> check(v, "CERTIFICATE", false));
        f.register("pem-certificate-chain", v -> check(v, "CERTIFICATE", true));
        f.register("pem-string", v -> check(v, null, false));
    }

    /** {@code check_pem}: strips text before the first header, then matches the rest; returns the rest. */
    private static String check(String value, String label, boolean multiple) {
        String content = stripLeadingText(value);
        if (!matches(content, label, multiple)) {
            throw new FormatException("not a valid PEM-formatted string.\n");
        }
        return content;
    }

    /** {@code strip_leading_text}: drops everything before the first {@code -----BEGIN <label>-----}. */
    static String stripLeadingText(String content) {
        for (int p = content.indexOf(BEGIN); p >= 0; p = content.indexOf(BEGIN, p + 1)) {
            if (closingDashes(content, p + BEGIN.length()) >= 0) {
                return content.substring(p);
            }
        }
        return content;
    }

    private static boolean matches(String s, String label, boolean multiple) {
        int end = block(s, 0, label);
        while (end >= 0) {
            int next = end;
            while (next < s.length() && space(s.charAt(next))) {
                next++;
            }
            if (next == s.length()) {
                return true;
            }
            if (!multiple || next == end || s.charAt(next - 1) != '\n') {
                return false;
            }
            end = block(s, next, label);
        }
        return false;
    }

    /** The end of a header-body-footer block starting at {@code p} (without trailing blanks), or -1. */
    private static int block(String s, int p, String label) {
        int bodyStart = label == null ? (s.startsWith(BEGIN, p) ? closingDashes(s, p + BEGIN.length()) : -1)
                : end(s, p, BEGIN + label + DASHES);
        if (bodyStart < 0) {
            return -1;
        }
        int footer = s.indexOf('-', bodyStart);
        if (footer < 0 || !body(s, bodyStart, footer)) {
            return -1;
        }
        return label == null ? (s.startsWith(END, footer) ? closingDashes(s, footer + END.length()) : -1)
                : end(s, footer, END + label + DASHES);
    }

    private static int end(String s, int p, String text) {
        return s.startsWith(text, p) ? p + text.length() : -1;
    }

    /** Where a {@code .*?-----} label starting at {@code from} can end: after the line's last dashes. */
    private static int closingDashes(String s, int from) {
        int nl = s.indexOf('\n', from);
        int lineEnd = nl < 0 ? s.length() : nl;
        int at = s.lastIndexOf(DASHES, lineEnd - DASHES.length());
        return at >= from ? at + DASHES.length() : -1;
    }

    /**
     * Whether {@code s[from, to)} is a {@code \s*} (header blanks) followed by BODY: a set-of-states
     * run of the regex's automaton, linear and without backtracking.
     */
    private static boolean body(String s, int from, int to) {
        int states = closure(LEAD);
        for (int i = from; i < to && states != 0; i++) {
            states = step(states, s.charAt(i));
        }
        return (states & ACCEPT) != 0;
    }

    private static int step(int states, char c) {
        boolean b64 = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '+' || c == '/';
        boolean nl = c == '\n';
        boolean ws = space(c);
        int next = 0;
        if ((states & LEAD) != 0 && ws) {
            next |= LEAD;
        }
        if ((states & LOOP) != 0 && b64) {
            next |= LINE;
        }
        if ((states & LINE) != 0) {
            next |= (b64 ? LINE : 0) | (ws ? LINE_WS : 0) | (nl ? LOOP : 0);
        }
        if ((states & LINE_WS) != 0) {
            next |= (ws ? LINE_WS : 0) | (nl ? LOOP : 0);
        }
        if ((states & TAIL) != 0 && b64) {
            next |= TAIL;
        }
        if ((states & PAD) != 0 && c == '=') {
            next |= PAD1;
        }
        if ((states & PAD1) != 0) {
            next |= (c == '=' ? LAST_WS : 0) | (ws ? PAD_WS : 0) | (nl ? PAD_NL : 0);
        }
        if ((states & PAD_WS) != 0) {
            next |= (ws ? PAD_WS : 0) | (nl ? PAD_NL : 0);
        }
        if ((states & PAD_NL) != 0 && c == '=') {
            next |= LAST_WS;
        }
        if ((states & LAST_WS) != 0) {
            next |= (ws ? LAST_WS : 0) | (nl ? ACCEPT : 0);
        }
        return closure(next);
    }

    /** Adds the states reachable without input: the loop may end, the padding and the tail are optional. */
    private static int closure(int states) {
        int s = states;
        if ((s & LEAD) != 0) {
            s |= LOOP;
        }
        if ((s & LOOP) != 0) {
            s |= TAIL;
        }
        if ((s & TAIL) != 0) {
            s |= PAD;
        }
        if ((s & PAD) != 0) {
            s |= LAST_WS;
        }
        if ((s & PAD1) != 0) {
            s |= LAST_WS;
        }
        return s;
    }

    /** Perl's {@code \s} on ASCII: space, tab, newline, vertical tab, form feed, carriage return. */
    private static boolean space(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }
}
