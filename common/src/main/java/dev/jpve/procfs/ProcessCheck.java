package dev.jpve.procfs;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a process is still the one that was started: upstream's
 * {@code check_process_running} and {@code read_proc_starttime}.
 *
 * <p>Reads {@code /proc} rather than sending signal 0, because a signal reaches zombies too and
 * cannot tell a reused pid from the original process; the start time can.
 *
 * {@snippet :
 * long pstart = ProcessCheck.startTime(pid);
 * // ... later: is it still that process?
 * boolean alive = ProcessCheck.running(pid, pstart).isPresent();
 * }
 */
public final class ProcessCheck {
    private ProcessCheck() {}

    /** The process's stat when it exists and is not a zombie; empty otherwise. */
    public static Optional<PidStat> running(long pid) {
        return running(pid, 0);
    }

    /**
     * The process's stat when it exists, is not a zombie, and started at {@code pstart} (clock
     * ticks since boot); empty otherwise. A {@code pstart} of 0 means "any start time", as
     * upstream treats a false value.
     */
    public static Optional<PidStat> running(long pid, long pstart) {
        return running(ProcRoot.DEFAULT, pid, pstart);
    }

    static Optional<PidStat> running(Path procRoot, long pid, long pstart) {
        return PidStat.read(procRoot, pid)
                .filter(stat -> pstart == 0 || stat.starttime() == pstart)
                .filter(stat -> !stat.isZombie());
    }

    /** The process's start time in clock ticks since boot, or 0 when it does not exist. */
    public static long startTime(long pid) {
        return PidStat.read(pid).map(PidStat::starttime).orElse(0L);
    }
}
