package dev.jpve.procfs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Memory and swap figures of {@code read_meminfo}, all in bytes.
 *
 * <p>{@code memshared} is KSM's {@code pages_sharing} times 4096; the ARC fields come from ZFS's
 * {@code arcstats} and are 0 without ZFS.
 *
 * @param memtotal {@code MemTotal}
 * @param memfree {@code MemFree}
 * @param memavailable {@code MemAvailable}
 * @param memused total minus available
 * @param swaptotal {@code SwapTotal}
 * @param swapfree {@code SwapFree}
 * @param swapused total minus free swap
 * @param memshared memory deduplicated by KSM
 * @param arcsize the ZFS ARC's current size
 * @param arcmin the ZFS ARC's minimum size ({@code c_min})
 * @param arcmax the ZFS ARC's maximum size ({@code c_max})
 */
public record MemInfo(long memtotal, long memfree, long memavailable, long memused, long swaptotal,
        long swapfree, long swapused, long memshared, long arcsize, long arcmin, long arcmax) {

    private static final Pattern MEMINFO_LINE = Pattern.compile("^(\\S+):\\s+([0-9]+)\\s*kB",
            Pattern.MULTILINE);
    private static final Pattern ARCSTATS_LINE = Pattern.compile("^(\\S+)\\s+[0-9]+\\s+([0-9]+)\\s*$",
            Pattern.MULTILINE);
    private static final Path ARCSTATS = Path.of("/proc/spl/kstat/zfs/arcstats");
    private static final Path KSM_SHARING = Path.of("/sys/kernel/mm/ksm/pages_sharing");

    /**
     * Builds the figures from the file texts.
     *
     * @param meminfo the text of {@code /proc/meminfo}
     * @param ksmPagesSharing the text of KSM's {@code pages_sharing} (empty if absent)
     * @param arcstats the text of ZFS's {@code arcstats} (empty if absent)
     */
    public static MemInfo parse(String meminfo, String ksmPagesSharing, String arcstats) {
        Objects.requireNonNull(meminfo, "meminfo");
        Objects.requireNonNull(ksmPagesSharing, "ksmPagesSharing");
        Objects.requireNonNull(arcstats, "arcstats");
        Map<String, Long> kb = fields(MEMINFO_LINE.matcher(meminfo));
        Map<String, Long> arc = fields(ARCSTATS_LINE.matcher(arcstats));
        long total = kb.getOrDefault("MemTotal", 0L) * 1024;
        long available = kb.getOrDefault("MemAvailable", 0L) * 1024;
        long swapTotal = kb.getOrDefault("SwapTotal", 0L) * 1024;
        long swapFree = kb.getOrDefault("SwapFree", 0L) * 1024;
        return new MemInfo(total, kb.getOrDefault("MemFree", 0L) * 1024, available,
                total - available, swapTotal, swapFree, swapTotal - swapFree,
                leadingNumber(ksmPagesSharing) * PidStat.PAGE_SIZE, arc.getOrDefault("size", 0L),
                arc.getOrDefault("c_min", 0L), arc.getOrDefault("c_max", 0L));
    }

    /** Reads {@code /proc/meminfo}, KSM's counter and, when present, ZFS's {@code arcstats}. */
    public static MemInfo read() {
        return parse(ProcFiles.readAll(ProcRoot.DEFAULT.resolve("meminfo")).orElse(""),
                ProcFiles.readAll(KSM_SHARING).orElse(""), ProcFiles.readAll(ARCSTATS).orElse(""));
    }

    private static Map<String, Long> fields(Matcher m) {
        Map<String, Long> fields = new HashMap<>();
        while (m.find()) {
            try {
                fields.put(m.group(1), Long.parseLong(m.group(2)));
            } catch (NumberFormatException e) {
                // a value beyond 64 bits is not a real counter; leave it out
            }
        }
        return fields;
    }

    private static long leadingNumber(String text) {
        Matcher m = Pattern.compile("^\\s*([0-9]+)").matcher(text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
