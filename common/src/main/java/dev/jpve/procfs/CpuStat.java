package dev.jpve.procfs;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The aggregate {@code cpu} line of {@code /proc/stat}, in clock ticks, as {@code read_proc_stat}
 * adjusts it.
 *
 * <p>The kernel counts guest time inside user and nice time; here {@code user} excludes
 * {@code guest} and {@code nice} excludes {@code guestNice}. {@code used} is the raw
 * user + nice + system + irq + softirq + steal; {@code total} sums the ten adjusted fields.
 *
 * @param user user time without guest time
 * @param nice nice time without guest nice time
 * @param system system time
 * @param idle idle time
 * @param iowait I/O wait time
 * @param irq hard interrupt time
 * @param softirq soft interrupt time
 * @param steal time stolen by the hypervisor
 * @param guest guest time
 * @param guestNice niced guest time
 * @param used busy time (see above)
 * @param total all time (see above)
 */
public record CpuStat(long user, long nice, long system, long idle, long iowait, long irq,
        long softirq, long steal, long guest, long guestNice, long used, long total) {

    private static final Pattern CPU_LINE = Pattern.compile(
            "^cpu\\s+([0-9]+)\\s+([0-9]+)\\s+([0-9]+)\\s+([0-9]+)\\s+([0-9]+)\\s+([0-9]+)\\s+([0-9]+)"
                    + "(?:\\s+([0-9]+))?(?:\\s+([0-9]+))?(?:\\s+([0-9]+))?", Pattern.MULTILINE);

    /** Parses the text of {@code /proc/stat}; empty when it has no aggregate {@code cpu} line. */
    public static Optional<CpuStat> parse(String text) {
        Objects.requireNonNull(text, "text");
        Matcher m = CPU_LINE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        long[] raw = new long[10];
        for (int i = 0; i < raw.length; i++) {
            String field = m.group(i + 1);
            raw[i] = field == null ? 0 : Long.parseLong(field);
        }
        return Optional.of(of(raw));
    }

    /** Reads {@code /proc/stat}; empty when it cannot be read or parsed. */
    public static Optional<CpuStat> read() {
        return ProcFiles.readAll(ProcRoot.DEFAULT.resolve("stat")).flatMap(CpuStat::parse);
    }

    private static CpuStat of(long[] raw) {
        long user = raw[0] - raw[8];
        long nice = raw[1] - raw[9];
        long used = raw[0] + raw[1] + raw[2] + raw[5] + raw[6] + raw[7];
        long total = user + nice + raw[2] + raw[3] + raw[4] + raw[5] + raw[6] + raw[7] + raw[8] + raw[9];
        return new CpuStat(user, nice, raw[2], raw[3], raw[4], raw[5], raw[6], raw[7], raw[8],
                raw[9], used, total);
    }
}
