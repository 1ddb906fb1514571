package dev.jpve.procfs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory use of the current process from {@code /proc/<pid>/statm} ({@code read_memory_usage}).
 *
 * <p>All values are bytes: page counts times a fixed 4096, as upstream computes them.
 *
 * @param size total program size
 * @param resident resident set size
 * @param shared resident shared pages (file-backed)
 */
public record MemoryUsage(long size, long resident, long shared) {
    private static final Pattern LINE = Pattern.compile(
            "^([0-9]+) ([0-9]+) ([0-9]+) [0-9]+ [0-9]+ [0-9]+ [0-9]+", Pattern.UNIX_LINES);
    private static final MemoryUsage NONE = new MemoryUsage(0, 0, 0);

    /** Parses the first line of a {@code statm} file; all zero when it does not parse. */
    public static MemoryUsage parse(String line) {
        Objects.requireNonNull(line, "line");
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return NONE;
        }
        try {
            return new MemoryUsage(pages(m.group(1)), pages(m.group(2)), pages(m.group(3)));
        } catch (NumberFormatException e) {
            return NONE;
        }
    }

    /** Reads the current process's usage; all zero when {@code statm} cannot be read. */
    public static MemoryUsage read() {
        long pid = ProcessHandle.current().pid();
        return ProcFiles.firstLine(ProcRoot.DEFAULT.resolve(pid + "/statm"))
                .map(MemoryUsage::parse).orElse(NONE);
    }

    private static long pages(String count) {
        return Long.parseLong(count) * PidStat.PAGE_SIZE;
    }
}
