package dev.jpve.procfs;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mount table: {@code read_proc_mounts}, {@code decode_mount}, {@code parse_mounts},
 * {@code parse_proc_mounts} and {@code is_mounted}.
 *
 * {@snippet :
 * boolean mounted = Mounts.isMounted(Path.of("/mnt/backup"));
 * }
 */
public final class Mounts {
    /* A line not starting with '#' after optional whitespace; Perl's '.' and '$' semantics. */
    private static final Pattern LINE = Pattern.compile("^\\s*([^#].*)$",
            Pattern.MULTILINE | Pattern.UNIX_LINES);
    private static final Pattern TRAILING_NUMBER = Pattern.compile("\\s+([0-9]+)$",
            Pattern.UNIX_LINES);

    private Mounts() {}

    /**
     * Decodes the octal escapes the kernel writes in mount tables: {@code \040} (space),
     * {@code \011} (tab), {@code \012} (newline), {@code \134} and {@code \\} (backslash),
     * replaced one kind after the other in that order, as upstream does.
     */
    public static String decode(String field) {
        Objects.requireNonNull(field, "field");
        return field.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n")
                .replace("\\134", "\\").replace("\\\\", "\\");
    }

    /**
     * Parses a mount table text ({@code /proc/mounts} or fstab style); lines starting with
     * {@code #} are skipped. See {@link MountEntry} for the order of the trailing numbers.
     */
    public static List<MountEntry> parse(String text) {
        Objects.requireNonNull(text, "text");
        List<MountEntry> entries = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            entries.add(entry(m.group(1)));
        }
        return List.copyOf(entries);
    }

    /** The raw content of {@code /proc/mounts} (at most 512 KiB); empty text if unreadable. */
    public static String read() {
        return ProcFiles.read(ProcRoot.DEFAULT.resolve("mounts"), ProcFiles.MOUNTS_LIMIT).orElse("");
    }

    /** The parsed {@code /proc/mounts}. */
    public static List<MountEntry> readParsed() {
        return parse(read());
    }

    /**
     * Whether {@code path} (resolved to its real path) is a mount point in {@code /proc/mounts};
     * false when the path does not exist.
     */
    public static boolean isMounted(Path path) {
        Objects.requireNonNull(path, "path");
        String real;
        try {
            real = path.toRealPath().toString();
        } catch (IOException e) {
            return false;
        }
        return readParsed().stream().anyMatch(entry -> entry.dir().equals(real));
    }

    private static MountEntry entry(String line) {
        String[] fields = line.split("[ \t]", 4);
        String opts = fields.length > 3 ? fields[3] : "";
        String freq = "0";
        String passno = "0";
        Matcher number = TRAILING_NUMBER.matcher(opts);
        if (number.find()) {
            freq = number.group(1);
            opts = opts.substring(0, number.start());
            number = TRAILING_NUMBER.matcher(opts);
            if (number.find()) {
                passno = number.group(1);
                opts = opts.substring(0, number.start());
            }
        }
        return new MountEntry(decode(fields[0]), field(fields, 1), field(fields, 2), decode(opts),
                freq, passno);
    }

    private static String field(String[] fields, int index) {
        return fields.length > index ? decode(fields[index]) : "";
    }
}
