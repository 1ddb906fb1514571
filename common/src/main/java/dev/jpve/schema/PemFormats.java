package dev.jpve.schema;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PEM formats of {@code PVE::Certificate} ({@code pem-certificate}, {@code pem-certificate-chain},
 * {@code pem-string}): upstream only matches a regex (RFC 7468 shape), the certificate is not decoded.
 *
 * <p>The patterns are upstream's, rewritten so that Java's backtracking matcher cannot explode:
 * {@code (?:\s|\n)*} is {@code \s*} (same language), each block is atomic (a block can only end at
 * the first {@code -----END} line after its header, since the body holds no {@code -}), and the
 * arbitrary labels of {@code pem-string} take the last {@code -----} on their line (the only
 * choice that can match).
 */
final class PemFormats {
    private static final String WS = "[ \\t\\n\\x0B\\f\\r]";
    private static final String B64 = "[0-9A-Za-z+/]";
    private static final String BODY = WS + "*(?:" + B64 + "+" + WS + "*\\n)*" + B64 + "*(?:=" + WS + "*\\n=|={0,2})?"
            + WS + "*\\n";
    private static final String ANY_LABEL = "[^\\n]*";
    private static final Pattern LEADING = Pattern.compile("-----BEGIN [^\\n]*?-----");
    private static final Pattern CERTIFICATE = whole(block("CERTIFICATE", "CERTIFICATE"), false);
    private static final Pattern CHAIN = whole(block("CERTIFICATE", "CERTIFICATE"), true);
    private static final Pattern ANY = whole(block(ANY_LABEL, ANY_LABEL), false);

    private PemFormats() {}

    static void registerAll(Formats f) {
        f.register("pem-certificate", v -> check(v, CERTIFICATE));
        f.register("pem-certificate-chain", v -> check(v, CHAIN));
        f.register("pem-string", v -> check(v, ANY));
    }

    /** {@code check_pem}: strips text before the first header, then matches the whole rest. */
    private static String check(String value, Pattern pattern) {
        String content = stripLeadingText(value);
        if (!pattern.matcher(content).matches()) {
            throw new FormatException("not a valid PEM-formatted string.\n");
        }
        return content;
    }

    /** {@code strip_leading_text}: everything before the first {@code -----BEGIN <label>-----}. */
    static String stripLeadingText(String content) {
        Matcher m = LEADING.matcher(content);
        return m.find() ? content.substring(m.start()) : content;
    }

    private static String block(String header, String footer) {
        return "(?>-----BEGIN " + header + "-----" + BODY + "-----END " + footer + "-----)";
    }

    /** {@code ^block\s*$}, or for chains {@code ^(block\s*\n+)*block\s*$}. */
    private static Pattern whole(String block, boolean multiple) {
        String more = multiple ? "(?:" + WS + "*\\n" + block + ")*" : "";
        return Pattern.compile(block + more + WS + "*");
    }
}
