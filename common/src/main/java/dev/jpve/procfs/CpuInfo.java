package dev.jpve.procfs;

import dev.jpve.tools.posix.Sysconf;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CPU summary of {@code read_cpuinfo}, from {@code /proc/cpuinfo}.
 *
 * <p>Each text field is taken from the first line that carries it. {@code hvm} is true only when
 * {@code vmx} or {@code svm} stands between whitespace inside the flags, so a first or last flag
 * is missed, as upstream. ARM's implementer/part tables are not applied: on arm64 the vendor and
 * model stay {@code unknown} unless the file has x86-style lines.
 *
 * @param userHz clock ticks per second
 * @param vendor the first {@code vendor_id}, default {@code unknown}
 * @param family the first non-zero {@code cpu family}, default 0
 * @param model the first {@code model name} (trailing spaces kept), default {@code unknown}
 * @param mhz the first {@code cpu MHz} with a decimal point, as written, default {@code 0}
 * @param flags the first {@code flags} line's value, default empty
 * @param hvm whether hardware virtualisation is advertised
 * @param sockets distinct {@code physical id}s, at least 1
 * @param cores the sum of {@code cpu cores} over the physical ids, at least 1
 * @param cpus the number of {@code processor} lines (1 when the file cannot be read)
 */
public record CpuInfo(long userHz, String vendor, int family, String model, String mhz,
        String flags, boolean hvm, int sockets, int cores, int cpus) {

    private static final Pattern PROCESSOR = line("processor\\s*:\\s*[0-9]+\\s*");
    private static final Pattern VENDOR = line("vendor_id\\s*:\\s*(\\S+)\\s*");
    private static final Pattern FAMILY = line("cpu family\\s*:\\s*([0-9]+)\\s*");
    private static final Pattern MODEL = line("model\\s+name\\s*:\\s*(.*)");
    private static final Pattern MHZ = line("cpu\\s+MHz\\s*:\\s*([0-9]+\\.[0-9]+)\\s*");
    private static final Pattern FLAGS = line("flags\\s*:\\s*(.*)");
    private static final Pattern PHYSICAL_ID = line("physical id\\s*:\\s*([0-9]+)\\s*");
    private static final Pattern CPU_CORES = line("cpu cores\\s*:\\s*([0-9]+)\\s*");
    private static final Pattern HVM = Pattern.compile("\\s(?:vmx|svm)\\s");

    /** Checks that no component is null. */
    public CpuInfo {
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(mhz, "mhz");
        Objects.requireNonNull(flags, "flags");
    }

    /** Parses the text of {@code /proc/cpuinfo}. */
    public static CpuInfo parse(String text, long userHz) {
        Objects.requireNonNull(text, "text");
        var acc = new Accumulator();
        text.lines().forEach(acc::accept);
        return acc.result(userHz);
    }

    /** The machine's CPU summary, read once per process (upstream caches it the same way). */
    public static CpuInfo read() {
        return Cached.INFO;
    }

    private static final class Cached {
        static final CpuInfo INFO = ProcFiles.readAll(ProcRoot.DEFAULT.resolve("cpuinfo"))
                .map(text -> parse(text, Sysconf.clockTicks()))
                .orElseGet(() -> new Accumulator().result(Sysconf.clockTicks()).withCpus(1));
    }

    private CpuInfo withCpus(int count) {
        return new CpuInfo(userHz, vendor, family, model, mhz, flags, hvm, sockets, cores, count);
    }

    private static Pattern line(String body) {
        return Pattern.compile("^" + body + "$", Pattern.CASE_INSENSITIVE);
    }

    /** Collects the values line by line. */
    private static final class Accumulator {
        private String vendor;
        private int family;
        private String model;
        private String mhz;
        private String flags;
        private int cpus;
        private String physicalId;
        private final Map<String, Integer> coresById = new LinkedHashMap<>();

        void accept(String line) {
            Matcher m;
            if (PROCESSOR.matcher(line).matches()) {
                cpus++;
            } else if (vendor == null && (m = VENDOR.matcher(line)).matches()) {
                vendor = m.group(1);
            } else if (family == 0 && (m = FAMILY.matcher(line)).matches()) {
                family = parseIntOrZero(m.group(1));
            } else if (model == null && (m = MODEL.matcher(line)).matches()) {
                model = m.group(1);
            } else if (mhz == null && (m = MHZ.matcher(line)).matches()) {
                mhz = m.group(1);
            } else if (flags == null && (m = FLAGS.matcher(line)).matches()) {
                flags = m.group(1);
            } else if ((m = PHYSICAL_ID.matcher(line)).matches()) {
                physicalId = m.group(1);
                coresById.putIfAbsent(physicalId, 1);
            } else if (physicalId != null && (m = CPU_CORES.matcher(line)).matches()) {
                coresById.put(physicalId, parseIntOrZero(m.group(1)));
            }
        }

        CpuInfo result(long userHz) {
            String flagText = flags == null ? "" : flags;
            int cores = coresById.values().stream().mapToInt(Integer::intValue).sum();
            return new CpuInfo(userHz, vendor == null ? "unknown" : vendor, family,
                    model == null ? "unknown" : model, mhz == null ? "0" : mhz, flagText,
                    HVM.matcher(flagText).find(), Math.max(1, coresById.size()), Math.max(1, cores),
                    cpus);
        }

        private static int parseIntOrZero(String digits) {
            try {
                return Integer.parseInt(digits);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
