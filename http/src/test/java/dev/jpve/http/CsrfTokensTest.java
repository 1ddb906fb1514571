package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsrfTokensTest {
    final CsrfTokens csrf = new CsrfTokens("secret".getBytes(StandardCharsets.UTF_8));
    final long ts = 0x5F5E1000L;

    @Test
    void theTokenMatchesTheSpecVector() {
        assertThat(csrf.assemble("root@pam", ts)).isEqualTo("5F5E1000:/mrqjzCzskcU8dBjJCBoixxKR1j0upoRQTZPauhi18w");
    }

    @Test
    void aFreshTokenVerifiesInUpstreamsWindowButNotWithMinimumAgeZero() {
        String token = csrf.assemble("root@pam", ts);
        assertThat(csrf.verify("root@pam", token, ts)).isTrue();
        assertThat(csrf.verify("root@pam", token, ts, 0, 7200)).isFalse();
    }

    @Test
    void theWindowEndsAreExclusive() {
        String token = csrf.assemble("root@pam", ts);
        assertThat(csrf.verify("root@pam", token, ts + 7199)).isTrue();
        assertThat(csrf.verify("root@pam", token, ts + 7200)).isFalse();
        assertThat(csrf.verify("root@pam", token, ts - 299)).isTrue();
        assertThat(csrf.verify("root@pam", token, ts - 300)).isFalse();
    }

    @Test
    void anotherUserOrSecretOrGarbageFails() {
        String token = csrf.assemble("root@pam", ts);
        assertThat(csrf.verify("alice@pve", token, ts)).isFalse();
        assertThat(new CsrfTokens(new byte[] {1}).verify("root@pam", token, ts)).isFalse();
        assertThat(csrf.verify("root@pam", "garbage", ts)).isFalse();
        assertThat(csrf.verify("root@pam", "5F5E1001" + token.substring(8), ts)).isFalse();
        assertThat(csrf.verify("root@pam", null, ts)).isFalse();
    }
}
