package dev.jpve.procfs;

import dev.jpve.tools.posix.Sysconf;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * System uptime and accumulated idle time from {@code /proc/uptime} ({@code read_proc_uptime}).
 *
 * <p>Idle time is summed over all CPUs, so it can exceed the uptime.
 *
 * @param uptime seconds since boot, as written (with fraction)
 * @param idle idle seconds summed over CPUs, as written (with fraction)
 */
public record Uptime(double uptime, double idle) {
    private static final Pattern LINE = Pattern.compile(
            "^([0-9]+(?:\\.[0-9]+)?)\\s+([0-9]+(?:\\.[0-9]+)?)", Pattern.UNIX_LINES);
    private static final Uptime NONE = new Uptime(0, 0);

    /** Parses the first line of {@code /proc/uptime}; both zero when it does not parse. */
    public static Uptime parse(String line) {
        Objects.requireNonNull(line, "line");
        Matcher m = LINE.matcher(line);
        return m.find() ? new Uptime(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)))
                : NONE;
    }

    /** Reads {@code /proc/uptime}; both zero when it cannot be read. */
    public static Uptime read() {
        return ProcFiles.firstLine(ProcRoot.DEFAULT.resolve("uptime")).map(Uptime::parse).orElse(NONE);
    }

    /** Whole seconds since boot (truncated), upstream's default result. */
    public long uptimeSeconds() {
        return (long) uptime;
    }

    /** Whole idle seconds (truncated). */
    public long idleSeconds() {
        return (long) idle;
    }

    /** The uptime in clock ticks (truncated), upstream's result when asked for ticks. */
    public long uptimeTicks() {
        return (long) (uptime * Sysconf.clockTicks());
    }

    /** The idle time in clock ticks (truncated). */
    public long idleTicks() {
        return (long) (idle * Sysconf.clockTicks());
    }
}
