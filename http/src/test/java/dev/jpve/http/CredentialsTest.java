package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CredentialsTest {
    /** Upstream's patterns, the reference the hand-written scanner must agree with. */
    private static final Pattern COOKIE = Pattern.compile("(?:^|\\s)PVEAuthCookie=([^;]*)");
    private static final Pattern TOKEN = Pattern.compile("(?:^|\\s)PVEAPIToken[=\\s]([^;]*)");

    @Test
    void findsATokenInTheAuthorizationHeader() {
        Credentials c = Credentials.from(null, "PVEAPIToken=root@pam!ci=1234", null);
        assertThat(c.apiToken()).contains("root@pam!ci=1234");
        assertThat(c.ticket()).isEmpty();
    }

    @Test
    void aTicketWinsOverAToken() {
        Credentials c = Credentials.from("a=b; PVEAuthCookie=PVE%3Aroot; x=y", "PVEAPIToken=root@pam!ci=1", "csrf");
        assertThat(c.ticket()).contains("PVE:root");
        assertThat(c.apiToken()).isEmpty();
        assertThat(c.csrfToken()).contains("csrf");
    }

    @Test
    void agreesWithUpstreamsPatternsOnEveryShortHeader() {
        List<String> pieces = List.of("PVEAPIToken", "PVEAuthCookie", "=", " ", "\t", ";", "x", "%41");
        for (String header : ApiPathTest.words(pieces, 5)) {
            Optional<String> ticket = reference(COOKIE, header);
            Optional<String> token = ticket.isPresent() ? Optional.empty() : reference(TOKEN, header);
            assertThat(Credentials.from(null, header, null)).as(header)
                    .isEqualTo(new Credentials(ticket, token, Optional.empty()));
            assertThat(Credentials.from(header, null, null).ticket()).as(header).isEqualTo(ticket);
        }
    }

    private static Optional<String> reference(Pattern p, String header) {
        Matcher m = p.matcher(header);
        return m.find() && !m.group(1).isEmpty() ? Optional.of(ParamDecoder.uriUnescape(m.group(1)))
                : Optional.empty();
    }
}
