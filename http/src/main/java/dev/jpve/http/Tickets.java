package dev.jpve.http;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * RSA-signed tickets (upstream {@code PVE::Ticket} {@code assemble_rsa_ticket} and
 * {@code verify_rsa_ticket}): {@code PREFIX:DATA:TS::SIGNATURE}.
 *
 * <p>{@code DATA} has every {@code :} written as {@code %3A}; {@code TS} is {@code %08X} of the
 * creation time; the signature is RSA PKCS#1 v1.5 with SHA-1 (what upstream's
 * Crypt::OpenSSL::RSA produces) over the text before {@code ::}, base64 with padding.
 *
 * {@snippet :
 * Tickets tickets = new Tickets(keyPair.getPrivate(), List.of(keyPair.getPublic()));
 * String t = tickets.assemble("PVE", "root@pam", now);   // PVE:root@pam:6B05CEA6::…
 * tickets.verify("PVE", t, now).map(Tickets.Verified::data); // Optional[root@pam]
 * }
 */
public final class Tickets {
    private static final String ALGORITHM = "SHA1withRSA";

    private final PrivateKey signKey;
    private final List<PublicKey> verifyKeys;

    /**
     * Tickets signed with one key and verified with any of several (the current key and, after a
     * rotation, the previous one).
     */
    public Tickets(PrivateKey signKey, List<PublicKey> verifyKeys) {
        this.signKey = Objects.requireNonNull(signKey, "signKey");
        this.verifyKeys = List.copyOf(verifyKeys);
    }

    /** A verified ticket: its data (percent-decoded; {@code "1"} if it had none) and age in seconds. */
    public record Verified(String data, long age) {}

    /** A ticket for {@code data} (may be null: no data) created at a time (epoch seconds). */
    public String assemble(String prefix, String data, long epochSeconds) {
        StringBuilder plain = new StringBuilder(prefix).append(':');
        if (data != null) {
            plain.append(data.replace(":", "%3A")).append(':');
        }
        plain.append(TicketTime.format(epochSeconds));
        return plain + "::" + sign(plain.toString());
    }

    /** Verifies a ticket in upstream's window (-300 s, 7200 s). */
    public Optional<Verified> verify(String prefix, String ticket, long now) {
        return verify(prefix, ticket, now, TicketTime.MIN_AGE, TicketTime.MAX_AGE);
    }

    /** Verifies a ticket with an explicit age window (exclusive ends). */
    public Optional<Verified> verify(String prefix, String ticket, long now, long minAge, long maxAge) {
        if (ticket == null) {
            return Optional.empty();
        }
        Matcher m = Pattern.compile(Pattern.quote(prefix) + ":\\S+::([^:\\s]+)").matcher(ticket);
        if (!m.matches()) {
            return Optional.empty();
        }
        String plain = ticket.substring(0, ticket.lastIndexOf("::"));
        if (!signatureValid(plain, m.group(1))) {
            return Optional.empty();
        }
        Matcher p = Pattern.compile(Pattern.quote(prefix) + ":(?:(\\S+):)?([A-Z0-9]{8})").matcher(plain);
        if (!p.matches()) {
            return Optional.empty();
        }
        String ts = p.group(2);
        String data = p.group(1) == null ? "1" : ParamDecoder.uriUnescape(p.group(1));
        return TicketTime.age(ts, now, minAge, maxAge).map(age -> new Verified(data, age));
    }

    private String sign(String plain) {
        try {
            Signature s = Signature.getInstance(ALGORITHM);
            s.initSign(signKey);
            s.update(plain.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(s.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign ticket", e);
        }
    }

    private boolean signatureValid(String plain, String b64) {
        byte[] sig;
        try {
            sig = Base64.getDecoder().decode(b64);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (PublicKey key : verifyKeys) {
            try {
                Signature s = Signature.getInstance(ALGORITHM);
                s.initVerify(key);
                s.update(plain.getBytes(StandardCharsets.UTF_8));
                if (s.verify(sig)) {
                    return true;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed signature is an invalid ticket; try the next key
            }
        }
        return false;
    }
}
