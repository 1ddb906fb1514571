package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiTokensTest {
    @TempDir
    Path dir;

    @Test
    void aTokenSecretIsALowercaseUuidStoredOnlyAsItsHash() throws Exception {
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        String secret = tokens.create("alice@pve!ci", 0);
        assertThat(secret).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(Files.readString(dir.resolve("tokens"))).doesNotContain(secret).matches("alice@pve!ci:0:[0-9a-f]{64}\n");
        assertThat(tokens.verify("alice@pve!ci", secret, 1)).isTrue();
        assertThat(tokens.verify("alice@pve!ci", secret.toUpperCase(), 1)).isFalse();
        assertThat(tokens.verify("alice@pve!other", secret, 1)).isFalse();
    }

    @Test
    void anExpiredTokenFails() {
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        String secret = tokens.create("alice@pve!ci", 1000);
        assertThat(tokens.verify("alice@pve!ci", secret, 999)).isTrue();
        assertThat(tokens.verify("alice@pve!ci", secret, 1000)).isFalse();
    }

    @Test
    void recreatingATokenReplacesItsSecret() {
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        String first = tokens.create("alice@pve!ci", 0);
        String second = tokens.create("alice@pve!ci", 0);
        assertThat(tokens.verify("alice@pve!ci", first, 1)).isFalse();
        assertThat(tokens.verify("alice@pve!ci", second, 1)).isTrue();
    }

    @Test
    void malformedTokenIdsAreRefused() {
        ApiTokens tokens = new ApiTokens(dir.resolve("tokens"));
        assertThatThrownBy(() -> tokens.create("alice@pve", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> tokens.create("alice!x", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTokenRemovedFromTheFileStopsWorkingAtOnce() throws Exception {
        Path file = dir.resolve("tokens");
        ApiTokens tokens = new ApiTokens(file);
        String secret = tokens.create("alice@pve!ci", 0);
        String kept = tokens.create("bob@pve!ci", 0);
        assertThat(tokens.verify("alice@pve!ci", secret, 1)).isTrue();
        Files.writeString(file, Files.readString(file).lines().filter(l -> l.startsWith("bob")).findFirst().orElseThrow()
                + "\n");
        assertThat(tokens.verify("alice@pve!ci", secret, 1)).isFalse();
        assertThat(tokens.verify("bob@pve!ci", kept, 1)).isTrue();
    }

    @Test
    void aLineWithAMalformedExpiryOrHashMatchesNoSecretAndSurvivesARewrite() throws Exception {
        Path file = dir.resolve("tokens");
        Files.writeString(file, "alice@pve!a:soon:" + "0".repeat(64) + "\nalice@pve!b:0:xyz\n");
        ApiTokens tokens = new ApiTokens(file);
        assertThat(tokens.verify("alice@pve!a", "anything", 1)).isFalse();
        assertThat(tokens.verify("alice@pve!b", "xyz", 1)).isFalse();
        tokens.create("alice@pve!c", 0);
        assertThat(Files.readString(file)).startsWith("alice@pve!a:soon:" + "0".repeat(64) + "\nalice@pve!b:0:xyz\n");
    }
}
