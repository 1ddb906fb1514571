package dev.jpve.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * CSRF prevention tokens (upstream {@code PVE::Ticket} {@code assemble_csrf_prevention_token} and
 * {@code verify_csrf_prevention_token}): {@code <TS>:<base64 HMAC-SHA256>} bound to a user id.
 *
 * {@snippet :
 * CsrfTokens csrf = new CsrfTokens("secret".getBytes(StandardCharsets.UTF_8));
 * csrf.assemble("root@pam", 0x5F5E1000L); // "5F5E1000:/mrqjzCzskcU8dBjJCBoixxKR1j0upoRQTZPauhi18w"
 * }
 */
public final class CsrfTokens {
    private static final Pattern SHAPE = Pattern.compile("([A-Z0-9]{8}):(\\S+)\\n?");

    private final byte[] secret;

    /** Tokens keyed by this secret (upstream: the contents of {@code pve-www.key}). */
    public CsrfTokens(byte[] secret) {
        this.secret = Objects.requireNonNull(secret, "secret").clone();
    }

    /** The token for a user at a time (epoch seconds). */
    public String assemble(String userid, long epochSeconds) {
        String ts = TicketTime.format(epochSeconds);
        return ts + ":" + digest(ts, userid);
    }

    /**
     * Whether a token is valid for a user at a time: the shape, the HMAC over the received
     * timestamp text, and an age strictly between -300 s and 7200 s.
     */
    public boolean verify(String userid, String token, long now) {
        return verify(userid, token, now, TicketTime.MIN_AGE, TicketTime.MAX_AGE);
    }

    /** {@link #verify(String, String, long)} with an explicit age window (exclusive ends). */
    public boolean verify(String userid, String token, long now, long minAge, long maxAge) {
        if (token == null) {
            return false;
        }
        Matcher m = SHAPE.matcher(token);
        if (!m.matches()) {
            return false;
        }
        String expected = m.group(1) + ":" + digest(m.group(1), userid);
        boolean same = MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                token.strip().getBytes(StandardCharsets.UTF_8));
        return same && TicketTime.age(m.group(1), now, minAge, maxAge).isPresent();
    }

    private String digest(String ts, String userid) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] sum = mac.doFinal((ts + ":" + userid).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().withoutPadding().encodeToString(sum);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
