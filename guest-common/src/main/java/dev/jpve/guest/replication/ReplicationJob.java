package dev.jpve.guest.replication;

import java.util.Objects;
import java.util.Optional;

/**
 * One job of {@code replication.cfg} (upstream {@code PVE::ReplicationConfig}, spec guest.md 3.2):
 * a section {@code local: <guest>-<jobnum>} replicating a guest's volumes to another node.
 *
 * @param type the section type; {@code local} is the only one upstream knows
 * @param guest the guest ID (at least 100)
 * @param jobnum the job number
 * @param target the node replicated to
 * @param schedule the calendar event, empty for upstream's default {@code *}{@code /15}
 * @param rate the rate limit in MB/s as written in the file
 * @param comment the description, decoded (upstream {@code decode_text})
 * @param disable whether the job is disabled
 * @param removeJob {@code local} or {@code full} when the job is marked for removal
 * @param source the node the job replicates from (internal, detects a guest taken over by HA)
 */
public record ReplicationJob(String type, long guest, long jobnum, String target, Optional<String> schedule,
        Optional<String> rate, Optional<String> comment, boolean disable, Optional<String> removeJob,
        Optional<String> source) {
    /** The schedule upstream uses when none is set. */
    public static final String DEFAULT_SCHEDULE = "*/15";

    /** Checks the arguments. */
    public ReplicationJob {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(removeJob, "removeJob");
        Objects.requireNonNull(source, "source");
    }

    /** A local job with nothing but its target set. */
    public static ReplicationJob local(long guest, long jobnum, String target) {
        return new ReplicationJob("local", guest, jobnum, target, Optional.empty(), Optional.empty(),
                Optional.empty(), false, Optional.empty(), Optional.empty());
    }

    /** The job ID {@code <guest>-<jobnum>}. */
    public String id() {
        return guest + "-" + jobnum;
    }

    /** Upstream's {@code get_unique_target_id}: {@code local/<target>}; one job per guest and target. */
    public String uniqueTargetId() {
        return type + "/" + target;
    }

    /** The schedule in effect: the one set, or {@link #DEFAULT_SCHEDULE}. */
    public String effectiveSchedule() {
        return schedule.filter(s -> !s.isEmpty() && !s.equals("0")).orElse(DEFAULT_SCHEDULE);
    }

    /** A copy with another target. */
    public ReplicationJob withTarget(String node) {
        return new ReplicationJob(type, guest, jobnum, node, schedule, rate, comment, disable, removeJob, source);
    }

    /** A copy with another source. */
    public ReplicationJob withSource(String node) {
        return new ReplicationJob(type, guest, jobnum, target, schedule, rate, comment, disable, removeJob,
                Optional.of(node));
    }
}
