package dev.jpve.http;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final Pattern COOKIE = Pattern.compile("(?:^|\\s)" + COOKIE_NAME + "=([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("(?:^|\\s)" + TOKEN_NAME + "[=\\s]([^;]*)");

    static Credentials from(String cookie, String authorization, String csrf) {
        Optional<String> ticket = value(COOKIE_NAME, COOKIE, cookie);
        if (ticket.isEmpty()) {
            ticket = value(COOKIE_NAME, COOKIE, authorization);
        }
        Optional<String> token = ticket.isPresent() ? Optional.empty() : value(TOKEN_NAME, TOKEN, authorization);
        return new Credentials(ticket, token, Optional.ofNullable(csrf));
    }

    /** The value after {@code name} in a header; the pattern runs only when the name occurs at all. */
    private static Optional<String> value(String name, Pattern p, String header) {
        if (header == null || !header.contains(name)) {
            return Optional.empty();
        }
        Matcher m = p.matcher(header);
        return m.find() && !m.group(1).isEmpty() ? Optional.of(ParamDecoder.uriUnescape(m.group(1)))
                : Optional.empty();
    }
}
