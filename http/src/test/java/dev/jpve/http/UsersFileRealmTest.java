package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsersFileRealmTest {
    @TempDir
    Path dir;

    @Test
    void aSetPasswordAuthenticatesAndIsStoredSaltedAndHashed() throws Exception {
        UsersFileRealm realm = new UsersFileRealm(dir.resolve("users"), 1000);
        realm.setPassword("alice@pve", "pw");
        realm.setPassword("bob@pve", "pw");
        assertThat(realm.authenticate("alice@pve", "pw")).isTrue();
        assertThat(realm.authenticate("alice@pve", "PW")).isFalse();
        assertThat(realm.authenticate("carol@pve", "pw")).isFalse();
        String text = Files.readString(dir.resolve("users"));
        assertThat(text).doesNotContain(":pw").matches("(?s)alice@pve:1:\\$pbkdf2-sha256\\$1000\\$[^$]{22}\\$[^$]{43}\n"
                + "bob@pve:1:\\$pbkdf2-sha256\\$1000\\$[^$]{22}\\$[^$]{43}\n");
        assertThat(text.lines().map(l -> l.split("\\$")[3]).distinct()).as("distinct salts").hasSize(2);
    }

    @Test
    void aDisabledUserNeitherAuthenticatesNorCountsAsEnabled() throws Exception {
        UsersFileRealm realm = new UsersFileRealm(dir.resolve("users"), 1000);
        realm.setPassword("alice@pve", "pw");
        Files.writeString(dir.resolve("users"), Files.readString(dir.resolve("users")).replace(":1:", ":0:"));
        assertThat(realm.authenticate("alice@pve", "pw")).isFalse();
        assertThat(realm.isEnabled("alice@pve")).isFalse();
    }

    @Test
    void theDefaultIterationCountIsSlow() {
        assertThat(PasswordHash.DEFAULT_ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(PasswordHash.matches("pw", "plain")).isFalse();
        assertThat(PasswordHash.matches("pw", "$pbkdf2-sha256$x$y$z")).isFalse();
    }

    @Test
    void aMissingFileHasNoUsersAndBadIdsAreRefused() {
        UsersFileRealm realm = new UsersFileRealm(dir.resolve("none"));
        assertThat(realm.isEnabled("root@pam")).isFalse();
        assertThatThrownBy(() -> realm.setPassword("a:b@pve", "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
