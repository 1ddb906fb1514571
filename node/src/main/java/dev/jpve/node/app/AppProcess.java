package dev.jpve.node.app;

/**
 * A started app process, identified as upstream identifies processes: pid and start time.
 *
 * @param pid the process id, also its process group id
 * @param starttime the start time in clock ticks since boot ({@code /proc/<pid>/stat} field 22)
 */
public record AppProcess(long pid, long starttime) {
    /** Parses the pid file text {@code <pid> <starttime>}. */
    static java.util.Optional<AppProcess> parse(String text) {
        String[] parts = text.strip().split("\\s+");
        if (parts.length != 2 || !parts[0].matches("\\d+") || !parts[1].matches("\\d+")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new AppProcess(Long.parseLong(parts[0]), Long.parseLong(parts[1])));
    }

    /** The pid file text. */
    String format() {
        return pid + " " + starttime + "\n";
    }
}
