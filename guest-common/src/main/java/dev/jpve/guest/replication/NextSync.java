package dev.jpve.guest.replication;

import dev.jpve.time.CalendarEvent;
import java.time.ZoneId;
import java.util.OptionalLong;
import java.util.function.BiFunction;

/**
 * When a replication job runs next (upstream {@code PVE::ReplicationState::job_status}, spec
 * guest.md 3.2), as epoch seconds; 0 means "not scheduled".
 */
public final class NextSync {
    private NextSync() {}

    /**
     * The next run of a job.
     *
     * <ul>
     *   <li>a job marked {@code remove_job} runs first: 1;</li>
     *   <li>after {@code failCount} failures: {@code lastTry + 60 × (failCount < 3 ? 5·failCount : 30)}
     *       (5, 10, then every 30 minutes), but only while the target node is online, else 0;</li>
     *   <li>otherwise the next event of the job's schedule after {@code lastTry}, or 0 if none.</li>
     * </ul>
     *
     * @param nextEvent the next event of a calendar schedule after an epoch second (upstream
     *     {@code compute_next_event})
     */
    public static long of(ReplicationJob job, long lastTry, long failCount, boolean targetOnline,
            BiFunction<String, Long, OptionalLong> nextEvent) {
        if (job.removeJob().isPresent() && !job.removeJob().get().isEmpty() && !job.removeJob().get().equals("0")) {
            return 1;
        }
        if (failCount != 0) {
            return targetOnline ? afterFailures(lastTry, failCount) : 0;
        }
        return nextEvent.apply(job.effectiveSchedule(), lastTry).orElse(0);
    }

    /**
     * The next run of a job whose schedule is read in {@code zone} (the node's local time zone,
     * unless the schedule ends in {@code UTC}).
     */
    public static long of(ReplicationJob job, long lastTry, long failCount, boolean targetOnline, ZoneId zone) {
        return of(job, lastTry, failCount, targetOnline,
                (schedule, last) -> CalendarEvent.parse(schedule).next(last, zone));
    }

    /** The retry time after {@code failCount} (non-zero) failures. */
    public static long afterFailures(long lastTry, long failCount) {
        return lastTry + 60 * (failCount < 3 ? 5 * failCount : 30);
    }
}
