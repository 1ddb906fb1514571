package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class TicketsTest {
    static final KeyPair KEYS = AuthKeys.newKeyPair();
    final Tickets tickets = new Tickets(KEYS.getPrivate(), List.of(KEYS.getPublic()));
    final long now = 0x6B05CEA6L;

    @Test
    void aTicketHasUpstreamsShapeAndA2048BitSha1Signature() throws Exception {
        String t = tickets.assemble("PVE", "root@pam", now);
        assertThat(t).startsWith("PVE:root@pam:6B05CEA6::").matches("PVE:root@pam:6B05CEA6::[A-Za-z0-9+/]{342}==");
        Signature s = Signature.getInstance("SHA1withRSA");
        s.initVerify(KEYS.getPublic());
        s.update("PVE:root@pam:6B05CEA6".getBytes(StandardCharsets.UTF_8));
        assertThat(s.verify(Base64.getDecoder().decode(t.substring(t.indexOf("::") + 2)))).isTrue();
    }

    @Test
    void colonsInTheDataAreEscapedAndDecodedBack() {
        String t = tickets.assemble("PVE", "a:b", now);
        assertThat(t).startsWith("PVE:a%3Ab:6B05CEA6::");
        assertThat(tickets.verify("PVE", t, now)).contains(new Tickets.Verified("a:b", 0));
    }

    @Test
    void dataWithWhitespaceAssemblesButNeverVerifies() {
        String t = tickets.assemble("PVE", "a:b c", now);
        assertThat(t).startsWith("PVE:a%3Ab c:6B05CEA6::");
        assertThat(tickets.verify("PVE", t, now)).isEmpty();
    }

    @Test
    void aTicketWithoutDataVerifiesAs1() {
        String t = tickets.assemble("PVEVNC", null, now);
        assertThat(t).startsWith("PVEVNC:6B05CEA6::");
        assertThat(tickets.verify("PVEVNC", t, now + 10)).contains(new Tickets.Verified("1", 10));
    }

    @Test
    void tamperedExpiredFutureAndForeignTicketsFail() {
        String t = tickets.assemble("PVE", "alice@pve", now);
        assertThat(tickets.verify("PVE", t.replace("alice@pve", "root@pam"), now)).isEmpty();
        assertThat(tickets.verify("PVE", t, now + 7200)).isEmpty();
        assertThat(tickets.verify("PVE", t, now + 7199)).isPresent();
        assertThat(tickets.verify("PVE", t, now - 300)).isEmpty();
        assertThat(tickets.verify("PVEVNC", t, now)).isEmpty();
        KeyPair other = AuthKeys.newKeyPair();
        String forged = new Tickets(other.getPrivate(), List.of(other.getPublic())).assemble("PVE", "root@pam", now);
        assertThat(tickets.verify("PVE", forged, now)).isEmpty();
        assertThat(tickets.verify("PVE", "PVE:root@pam:6B05CEA6::AAAA", now)).isEmpty();
        assertThat(tickets.verify("PVE", "PVE:root@pam:6B05CEA6::!!", now)).isEmpty();
    }

    @Test
    void thePreviousKeyStillVerifies() {
        KeyPair old = AuthKeys.newKeyPair();
        String t = new Tickets(old.getPrivate(), List.of(old.getPublic())).assemble("PVE", "root@pam", now);
        Tickets rotated = new Tickets(KEYS.getPrivate(), List.of(KEYS.getPublic(), old.getPublic()));
        assertThat(rotated.verify("PVE", t, now)).isPresent();
    }
}
