package dev.jpve.guest.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.guest.GuestConfigException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** replication.cfg as upstream's {@code PVE::ReplicationConfig} reads and writes it (spec guest.md 3.2). */
class ReplicationConfigTest {
    static final String JOB_100 = "local: 100-0\n\ttarget pve2\n\trate 50\n\tschedule */30\n\n";
    static final String JOB_101 = "local: 101-1\n\tcomment nightly to backup node\n\tdisable\n\ttarget pve3\n"
            + "\tremove_job local\n\tsource pve1\n\n";
    static final String EXAMPLE = JOB_100 + JOB_101;

    @Test
    void theSpecExampleParsesIntoItsJobs() {
        ReplicationConfig cfg = ReplicationConfig.parse(EXAMPLE);
        assertThat(cfg.warnings()).isEmpty();
        assertThat(cfg.jobs()).containsOnlyKeys("100-0", "101-1");
        assertThat(cfg.jobs().get("100-0")).isEqualTo(new ReplicationJob("local", 100, 0, "pve2",
                Optional.of("*/30"), Optional.of("50"), Optional.empty(), false, Optional.empty(), Optional.empty()));
        assertThat(cfg.jobs().get("101-1")).isEqualTo(new ReplicationJob("local", 101, 1, "pve3", Optional.empty(),
                Optional.empty(), Optional.of("nightly to backup node"), true, Optional.of("local"),
                Optional.of("pve1")));
        assertThat(cfg.digest()).hasSize(40);
    }

    @Test
    void theSpecExampleIsWrittenBackByteForByte() {
        assertThat(ReplicationConfig.parse(EXAMPLE).write()).isEqualTo(EXAMPLE);
    }

    @Test
    void writingPutsCommentAndDisableFirstThenTargetThenTheOtherOptionsSorted() {
        ReplicationJob job = new ReplicationJob("local", 105, 3, "pve9", Optional.of("*/5"), Optional.of("12.5"),
                Optional.of("a\nb"), true, Optional.of("full"), Optional.of("pve1"));
        assertThat(ReplicationConfig.empty().with(job).write()).isEqualTo("local: 105-3\n\tcomment a%0Ab\n"
                + "\tdisable\n\ttarget pve9\n\trate 12.5\n\tremove_job full\n\tschedule */5\n\tsource pve1\n\n");
    }

    @Test
    void anEncodedCommentIsDecodedOnRead() {
        ReplicationConfig cfg = ReplicationConfig.parse("local: 100-0\n\tcomment a%0Ab\n\ttarget pve2\n");
        assertThat(cfg.jobs().get("100-0").comment()).contains("a\nb");
    }

    @Test
    void theHeaderIdIsRebuiltFromItsIntegersAndTheTypeLowerCased() {
        ReplicationConfig cfg = ReplicationConfig.parse("LOCAL:  0100-007 \n\ttarget pve2\n");
        assertThat(cfg.jobs()).containsOnlyKeys("100-7");
        assertThat(cfg.write()).isEqualTo("local: 100-7\n\ttarget pve2\n\n");
    }

    @Test
    void guestIdsBelow100SkipTheSectionWithUpstreamsWarning() {
        ReplicationConfig cfg = ReplicationConfig.parse("local: 99-0\n\ttarget pve2\n\n" + JOB_100);
        assertThat(cfg.jobs()).containsOnlyKeys("100-0");
        assertThat(cfg.warnings()).containsExactly("file replication.cfg line 1 (skip section '99-0'): "
                + "invalid replication job id '99-0' (guest IDs < 100 are reserved)");
    }

    @Test
    void parseJobIdRejectsMalformedAndReservedIds() {
        assertThat(ReplicationConfig.parseJobId("0123-04")).isEqualTo(new ReplicationConfig.JobId(123, 4));
        assertThatThrownBy(() -> ReplicationConfig.parseJobId("abc")).hasMessage("invalid replication job id 'abc'");
        assertThatThrownBy(() -> ReplicationConfig.parseJobId("12-0"))
                .hasMessage("invalid replication job id '12-0' (guest IDs < 100 are reserved)");
    }

    @Test
    void aSecondJobOfAGuestToTheSameTargetIsDroppedWithAWarningOnRead() {
        ReplicationConfig cfg = ReplicationConfig.parse("local: 100-1\n\ttarget pve2\n\n" + JOB_100);
        assertThat(cfg.jobs()).containsOnlyKeys("100-0");
        assertThat(cfg.warnings()).containsExactly(
                "delete job 100-1: replication job for guest '100' to target 'local/pve2' already exists");
    }

    @Test
    void aSecondJobOfAGuestToTheSameTargetIsRejectedOnWrite() {
        ReplicationConfig cfg = ReplicationConfig.parse(JOB_100).with(ReplicationJob.local(100, 5, "pve2"));
        assertThatThrownBy(cfg::write).isInstanceOf(GuestConfigException.class)
                .hasMessage("replication job for guest '100' to target 'local/pve2' already exists");
    }

    @Test
    void anIdNotStartingWithTheGuestIsRejectedOnWrite() {
        ReplicationConfig cfg = ReplicationConfig.empty().with("200-0", ReplicationJob.local(100, 0, "pve2"));
        assertThatThrownBy(cfg::write).hasMessage("property 'guest' has wrong value");
    }

    @Test
    void sectionsKeepTheirOrderAndNewJobsGoLast() {
        ReplicationConfig cfg = ReplicationConfig.parse(JOB_101 + JOB_100).with(ReplicationJob.local(100, 1, "pve7"));
        assertThat(cfg.write()).isEqualTo(JOB_101 + JOB_100 + "local: 100-1\n\ttarget pve7\n\n");
    }

    @Test
    void checkForExistingJobsNamesTheJob() {
        ReplicationConfig cfg = ReplicationConfig.parse(EXAMPLE);
        assertThat(cfg.checkForExistingJobs(100, true)).isTrue();
        assertThat(cfg.checkForExistingJobs(102, false)).isFalse();
        assertThatThrownBy(() -> cfg.checkForExistingJobs(101, false)).isInstanceOf(GuestConfigException.class)
                .extracting(e -> ((GuestConfigException) e).upstreamText())
                .isEqualTo("There is a replication job '101-1' for guest '101' - Please remove that first.\n");
    }

    @Test
    void findAndListTheLocalJobsOfAGuest() {
        ReplicationConfig cfg = ReplicationConfig.parse(EXAMPLE).with(ReplicationJob.local(100, 1, "pve3"));
        assertThat(cfg.findLocalReplicationJob(100, "pve3")).map(ReplicationJob::id).contains("100-1");
        assertThat(cfg.findLocalReplicationJob(100, "pve9")).isEmpty();
        assertThat(cfg.listGuestsLocalReplicationJobs(100)).extracting(ReplicationJob::id)
                .containsExactly("100-0", "100-1");
        assertThat(cfg.listGuestsLocalReplicationJobs(102)).isEmpty();
    }

    @Test
    void switchingTheTargetAfterAMigrationMakesTheOldNodeTheSourceOfEveryJobOfTheGuest() {
        ReplicationConfig cfg = ReplicationConfig.parse(EXAMPLE).with(ReplicationJob.local(100, 1, "pve3"));
        // guest 100 migrated from pve1 to pve2: the job to pve2 now replicates back to pve1
        ReplicationConfig switched = cfg.switchReplicationJobTarget(100, "pve2", "pve1");
        assertThat(switched.jobs().get("100-0").target()).isEqualTo("pve1");
        assertThat(switched.jobs().get("100-0").source()).contains("pve2");
        assertThat(switched.jobs().get("100-1").target()).isEqualTo("pve3");
        assertThat(switched.jobs().get("100-1").source()).contains("pve2");
        assertThat(switched.jobs().get("101-1")).isEqualTo(cfg.jobs().get("101-1"));
    }

    @Test
    void removingJobsByIdAndByGuest() {
        ReplicationConfig cfg = ReplicationConfig.parse(EXAMPLE);
        assertThat(cfg.without("100-0").write()).isEqualTo(JOB_101);
        assertThat(cfg.without("999-0").write()).isEqualTo(EXAMPLE);
        assertThat(cfg.withoutGuest(101).write()).isEqualTo(JOB_100);
    }

    @Test
    void aSectionWithoutItsTargetIsSkippedWithTheSectionConfigWarning() {
        ReplicationConfig cfg = ReplicationConfig.parse("local: 100-0\n\trate 5\n\n" + JOB_101);
        assertThat(cfg.jobs()).containsOnlyKeys("101-1");
        assertThat(cfg.warnings()).singleElement().asString().contains("(skip section '100-0')");
    }
}
