package dev.jpve.guest.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The next run of a replication job (upstream {@code PVE::ReplicationState::job_status}). */
class NextSyncTest {
    static final ReplicationJob JOB = ReplicationJob.local(100, 0, "pve2");

    @Test
    void failuresRetryAfterFiveAndTenMinutesThenEveryHalfHour() {
        assertThat(NextSync.afterFailures(1000, 1)).isEqualTo(1300);
        assertThat(NextSync.afterFailures(1000, 2)).isEqualTo(1600);
        assertThat(NextSync.afterFailures(1000, 3)).isEqualTo(2800);
        assertThat(NextSync.afterFailures(1000, 9)).isEqualTo(2800);
    }

    @Test
    void aFailedJobWhoseTargetIsOfflineIsNotScheduled() {
        assertThat(NextSync.of(JOB, 1000, 1, false, (s, t) -> OptionalLong.of(5))).isZero();
        assertThat(NextSync.of(JOB, 1000, 1, true, (s, t) -> OptionalLong.of(5))).isEqualTo(1300);
    }

    @Test
    void aJobMarkedForRemovalRunsFirst() {
        ReplicationJob removed = new ReplicationJob("local", 100, 0, "pve2", Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.of("local"), Optional.empty());
        assertThat(NextSync.of(removed, 1000, 4, false, (s, t) -> OptionalLong.empty())).isEqualTo(1);
    }

    @Test
    void aHealthyJobRunsAtTheNextEventOfItsScheduleOrTheDefault() {
        assertThat(NextSync.of(JOB, 1000, 0, true,
                (s, t) -> s.equals("*/15") && t == 1000 ? OptionalLong.of(1800) : OptionalLong.empty()))
                .isEqualTo(1800);
        assertThat(NextSync.of(JOB, 1000, 0, true, (s, t) -> OptionalLong.empty())).isZero();
    }

    @Test
    void theScheduleIsACalendarEventReadInTheNodesTimeZone() {
        // the default schedule */15: the next quarter hour after the last try
        assertThat(NextSync.of(JOB, 1000, 0, true, java.time.ZoneOffset.UTC)).isEqualTo(1800);
    }
}
