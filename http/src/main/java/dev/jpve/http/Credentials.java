package dev.jpve.http;

import java.util.Optional;

/**
 * The credentials a request carries, found as upstream looks for them: the {@code PVEAuthCookie}
 * cookie, else {@code Authorization: PVEAuthCookie=…}, else (only when there is no ticket)
 * {@code Authorization: PVEAPIToken=…}; and the {@code CSRFPreventionToken} header.
 *
 * @param ticket the ticket, percent-decoded ({@code +} kept)
 * @param apiToken the token text {@code user@realm!id=secret}, percent-decoded
 * @param csrfToken the CSRF prevention token header
 */
record Credentials(Optional<String> ticket, Optional<String> apiToken, Optional<String> csrfToken) {
    static final String COOKIE_NAME = "PVEAuthCookie";
    static final String TOKEN_NAME = "PVEAPIToken";

    static Credentials from(String cookie, String authorization, String csrf) {
        Optional<String> ticket = value(cookie, COOKIE_NAME, false);
        if (ticket.isEmpty()) {
            ticket = value(authorization, COOKIE_NAME, false);
        }
        Optional<String> token = ticket.isPresent() ? Optional.empty() : value(authorization, TOKEN_NAME, true);
        return new Credentials(ticket, token, Optional.ofNullable(csrf));
    }

    /**
     * The value of the first {@code name=value} in a header (upstream's pattern
     * {@code (?:^|\s)NAME=([^;]*)}; with {@code spaceSeparates} a white space may stand for
     * {@code =}), percent-decoded; empty when absent or empty. Scanned by hand: it runs on every
     * request.
     */
    private static Optional<String> value(String header, String name, boolean spaceSeparates) {
        if (header == null) {
            return Optional.empty();
        }
        for (int at = header.indexOf(name); at >= 0; at = header.indexOf(name, at + 1)) {
            int sep = at + name.length();
            boolean starts = at == 0 || isSpace(header.charAt(at - 1));
            boolean separated = sep < header.length()
                    && (header.charAt(sep) == '=' || spaceSeparates && isSpace(header.charAt(sep)));
            if (starts && separated) {
                int end = header.indexOf(';', sep + 1);
                String v = header.substring(sep + 1, end < 0 ? header.length() : end);
                return v.isEmpty() ? Optional.empty() : Optional.of(ParamDecoder.uriUnescape(v));
            }
        }
        return Optional.empty();
    }

    /** A white space as regular expressions' {@code \s} means it. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
