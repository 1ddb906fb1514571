package dev.jpve.procfs;

import java.util.Optional;

/**
 * A hand-written matcher for upstream's {@code /proc/<pid>/stat} pattern, equivalent to
 * <pre>{@code ^(\d+) \((.*)\) (\S) (-?\d+) -?\d+ ... 0 (\d+) (\d+) (-?\d+) ... \d+}</pre>
 * with single spaces between fields (see {@link #KINDS}) and nothing required after field 42.
 *
 * <p>The greedy {@code (.*)} is reproduced by trying each {@code ") "} from the right until the
 * fields after it fit. Written out by hand because the kernel's files are read in tight loops
 * (the regular expression cost several times the file read itself).
 */
final class PidStatLine {
    /**
     * Fields 3..42 of proc(5): S = one non-whitespace character, s = signed integer,
     * u = unsigned integer, 0 = the literal 0 (itrealvalue).
     */
    private static final String KINDS = "S" + "sssss" + "uuuuu" + "uu" + "sssss" + "0" + "uu" + "s"
            + "uuuuuuuuuuuuu" + "ss" + "uuu";
    private static final int STATE = 0;
    private static final int PPID = 1;
    private static final int UTIME = 11;
    private static final int STIME = 12;
    private static final int STARTTIME = 19;
    private static final int VSIZE = 20;
    private static final int RSS = 21;

    private PidStatLine() {}

    /** Matches a line; empty when it does not fit or a kept number exceeds 64 bits. */
    static Optional<PidStat> parse(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        int pidEnd = digits(line, 0);
        if (pidEnd == 0 || !line.startsWith(" (", pidEnd)) {
            return Optional.empty();
        }
        int commStart = pidEnd + 2;
        int close = line.lastIndexOf(") ");
        for (; close >= commStart; close = line.lastIndexOf(") ", close - 1)) {
            int[] bounds = fieldBounds(line, close + 2);
            if (bounds != null) {
                return build(line, pidEnd, line.substring(commStart, close), bounds);
            }
        }
        return Optional.empty();
    }

    /** Start and end of each field from {@code pos}, or null when the fields do not fit. */
    private static int[] fieldBounds(String line, int pos) {
        int[] bounds = new int[2 * KINDS.length()];
        for (int k = 0; k < KINDS.length(); k++) {
            int end = fieldEnd(line, pos, KINDS.charAt(k));
            if (end < 0) {
                return null;
            }
            bounds[2 * k] = pos;
            bounds[2 * k + 1] = end;
            boolean last = k == KINDS.length() - 1;
            if (!last && (end >= line.length() || line.charAt(end) != ' ')) {
                return null;
            }
            pos = end + 1;
        }
        return bounds;
    }

    /** The end of one field of the given kind starting at {@code pos}, or -1. */
    private static int fieldEnd(String line, int pos, char kind) {
        if (pos >= line.length()) {
            return -1;
        }
        return switch (kind) {
            case 'S' -> isWhitespace(line.charAt(pos)) ? -1 : pos + 1;
            case '0' -> line.charAt(pos) == '0' ? pos + 1 : -1;
            case 's' -> number(line, line.charAt(pos) == '-' ? pos + 1 : pos);
            default -> number(line, pos);
        };
    }

    /** The end of a run of at least one digit starting at {@code pos}, or -1. */
    private static int number(String line, int pos) {
        int end = digits(line, pos);
        return end > pos ? end : -1;
    }

    /** The index after the run of ASCII digits starting at {@code pos}. */
    private static int digits(String line, int pos) {
        int i = pos;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    /** Java's (and Perl's ASCII) {@code \s}. */
    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static Optional<PidStat> build(String line, int pidEnd, String comm, int[] b) {
        try {
            return Optional.of(new PidStat(Long.parseLong(line, 0, pidEnd, 10), comm,
                    line.substring(b[2 * STATE], b[2 * STATE + 1]), signed(line, b, PPID),
                    unsigned(line, b, UTIME), unsigned(line, b, STIME), unsigned(line, b, STARTTIME),
                    unsigned(line, b, VSIZE), signed(line, b, RSS) * PidStat.PAGE_SIZE));
        } catch (NumberFormatException e) {
            return Optional.empty(); // a number beyond 64 bits: not a real kernel line
        }
    }

    private static long signed(String line, int[] b, int field) {
        return Long.parseLong(line, b[2 * field], b[2 * field + 1], 10);
    }

    private static long unsigned(String line, int[] b, int field) {
        return Long.parseUnsignedLong(line, b[2 * field], b[2 * field + 1], 10);
    }
}
