package dev.jpve.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthKeysTest {
    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        final AtomicReference<Instant> now;

        MovingClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private void age(Instant when) throws Exception {
        Files.setLastModifiedTime(dir.resolve("authkey.key"), FileTime.from(when));
    }

    @Test
    void aPairOlderThan24HoursIsReplacedAndItsTicketsStayValid() throws Exception {
        Instant t0 = Instant.now();
        AuthKeys first = AuthKeys.loadOrCreate(dir);
        long sec = t0.getEpochSecond();
        String before = first.tickets().assemble("PVE", "root@pam", sec);
        String pub = Files.readString(dir.resolve("authkey.pub"));
        age(t0.minus(Duration.ofHours(25)));
        AuthKeys rotated = AuthKeys.loadOrCreate(dir);
        assertThat(Files.readString(dir.resolve("authkey.pub.old"))).isEqualTo(pub);
        assertThat(Files.readString(dir.resolve("authkey.pub"))).isNotEqualTo(pub);
        assertThat(rotated.tickets().verify("PVE", before, sec)).as("previous key still verifies").isPresent();
        String after = rotated.tickets().assemble("PVE", "root@pam", sec);
        assertThat(first.tickets().verify("PVE", after, sec)).as("signed with the new key").isEmpty();
        age(t0.minus(Duration.ofHours(25)));
        AuthKeys twice = AuthKeys.loadOrCreate(dir);
        assertThat(twice.tickets().verify("PVE", before, sec)).as("two rotations back").isEmpty();
        assertThat(twice.tickets().verify("PVE", after, sec)).isPresent();
    }

    @Test
    void aYoungPairIsKept() throws Exception {
        AuthKeys.loadOrCreate(dir);
        String pub = Files.readString(dir.resolve("authkey.pub"));
        age(Instant.now().minus(Duration.ofHours(23)));
        AuthKeys.loadOrCreate(dir);
        assertThat(Files.readString(dir.resolve("authkey.pub"))).isEqualTo(pub);
        assertThat(dir.resolve("authkey.pub.old")).doesNotExist();
    }

    @Test
    void aRunningServerRotatesWhenItsClockPassesTheDay() throws Exception {
        MovingClock clock = new MovingClock(Instant.now());
        AuthKeys keys = AuthKeys.loadOrCreate(dir, clock);
        String pub = Files.readString(dir.resolve("authkey.pub"));
        clock.now.set(clock.instant().plus(Duration.ofSeconds(30)));
        keys.tickets();
        assertThat(Files.readString(dir.resolve("authkey.pub"))).isEqualTo(pub);
        clock.now.set(clock.instant().plus(Duration.ofHours(25)));
        keys.tickets();
        assertThat(Files.readString(dir.resolve("authkey.pub"))).isNotEqualTo(pub);
        assertThat(Files.readString(dir.resolve("authkey.pub.old"))).isEqualTo(pub);
    }
}
