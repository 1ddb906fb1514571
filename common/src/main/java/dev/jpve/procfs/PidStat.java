package dev.jpve.procfs;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of {@code /proc/<pid>/stat} that {@code read_proc_pid_stat} returns.
 *
 * <p>Units are upstream's: CPU times and {@code starttime} in clock ticks (see
 * {@link dev.jpve.tools.posix.Sysconf#clockTicks()}), {@code starttime} counted since boot (the
 * "pstart" of a UPID), {@code vsize} in bytes, {@code rss} in bytes computed as pages times a
 * fixed 4096 (upstream does not query the page size).
 *
 * {@snippet :
 * PidStat.read(ProcessHandle.current().pid())
 *         .ifPresent(stat -> System.out.println(stat.status() + " " + stat.starttime()));
 * }
 *
 * @param pid the process id the line starts with
 * @param comm the command name between the parentheses (may contain spaces and parentheses)
 * @param status the state letter ({@code R}, {@code S}, {@code D}, {@code Z}, {@code T}, ...)
 * @param ppid the parent process id
 * @param utime user CPU time in clock ticks
 * @param stime system CPU time in clock ticks
 * @param starttime start time in clock ticks since boot
 * @param vsize virtual memory size in bytes
 * @param rss resident set size in bytes (pages times 4096)
 */
public record PidStat(long pid, String comm, String status, long ppid, long utime, long stime,
        long starttime, long vsize, long rss) {

    /** The page size upstream multiplies {@code rss} with, whatever the machine's is. */
    static final long PAGE_SIZE = 4096;

    /** Checks that no component is null. */
    public PidStat {
        Objects.requireNonNull(comm, "comm");
        Objects.requireNonNull(status, "status");
    }

    /**
     * Parses the first line of a {@code /proc/<pid>/stat} file.
     *
     * <p>The command name is matched greedily, up to the last {@code ") "} after which the
     * remaining fields fit; fields after the 42nd are ignored. Any mismatch gives empty.
     */
    public static Optional<PidStat> parse(String line) {
        Objects.requireNonNull(line, "line");
        return PidStatLine.parse(line);
    }

    /**
     * Reads {@code /proc/<pid>/stat}; empty when the process does not exist or the line does not
     * parse.
     *
     * @throws java.io.UncheckedIOException with upstream's text when the file exists but cannot
     *     be opened
     */
    public static Optional<PidStat> read(long pid) {
        return read(ProcRoot.DEFAULT, pid);
    }

    static Optional<PidStat> read(Path procRoot, long pid) {
        return ProcFiles.firstLine(procRoot.resolve(Long.toString(pid)).resolve("stat"))
                .flatMap(PidStat::parse)
                .filter(stat -> stat.pid() == pid);
    }

    /** Whether the process is a zombie (exited, not yet reaped by its parent). */
    public boolean isZombie() {
        return status.equals("Z");
    }
}
