package dev.jpve.procfs;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The running kernel's release from {@code /proc/version} ({@code kernel_version}).
 *
 * {@snippet :
 * KernelVersion.parse("Linux version 5.3.10-1-pve (build@pve) ...");
 * // -> KernelVersion[major=5, minor=3, patch=10, extra=1-pve, full=5.3.10-1-pve]
 * }
 *
 * @param major the major number
 * @param minor the minor number
 * @param patch the patch level
 * @param extra what follows the patch level, without a leading {@code -} (may be empty)
 * @param full the whole release string; empty when the line did not parse
 */
public record KernelVersion(int major, int minor, int patch, String extra, String full) {
    private static final Pattern LINE = Pattern.compile(
            "^Linux version (([0-9]+)\\.([0-9]+)\\.([0-9]+)-?(\\S*))", Pattern.UNIX_LINES);
    /** What an unparseable line gives: {@code (0, 0, 0, '', '')}. */
    public static final KernelVersion UNKNOWN = new KernelVersion(0, 0, 0, "", "");

    /** Checks that no component is null. */
    public KernelVersion {
        Objects.requireNonNull(extra, "extra");
        Objects.requireNonNull(full, "full");
    }

    /** Parses the first line of {@code /proc/version}; {@link #UNKNOWN} when it does not fit. */
    public static KernelVersion parse(String line) {
        Objects.requireNonNull(line, "line");
        Matcher m = LINE.matcher(line);
        if (!m.find()) {
            return UNKNOWN;
        }
        try {
            return new KernelVersion(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)), m.group(5), m.group(1));
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** The running kernel's version; {@link #UNKNOWN} when {@code /proc/version} is unreadable. */
    public static KernelVersion read() {
        return ProcFiles.firstLine(ProcRoot.DEFAULT.resolve("version"))
                .map(KernelVersion::parse).orElse(UNKNOWN);
    }

    /**
     * Whether this kernel is at least {@code major.minor} ({@code check_kernel_release}).
     */
    public boolean atLeast(int major, int minor) {
        return this.major > major || (this.major == major && this.minor >= minor);
    }

    /** Whether the running kernel is at least {@code major.minor}. */
    public static boolean checkRelease(int major, int minor) {
        return read().atLeast(major, minor);
    }
}
