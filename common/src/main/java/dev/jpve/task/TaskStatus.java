package dev.jpve.task;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status texts of finished tasks and how upstream classifies them.
 *
 * <p>A status is {@code OK}, {@code WARNINGS: <n>}, {@code unexpected status}, or an error
 * message; the texts are part of the API and task list output, so they stay plain strings.
 */
public final class TaskStatus {
    /** A successful task. */
    public static final String OK = "OK";
    /** What a log without a final status line gives. */
    public static final String UNEXPECTED = "unexpected status";

    private static final Pattern WARNINGS = Pattern.compile("WARNINGS: [0-9]+");
    private static final Pattern ERROR_LINE = Pattern.compile("TASK ERROR: (.+)", Pattern.DOTALL);
    private static final Pattern WARNINGS_LINE = Pattern.compile("TASK (WARNINGS: [0-9]+)");

    private TaskStatus() {}

    /** The status a log's last line stands for ({@code TASK OK}, {@code TASK ERROR: m}, ...). */
    public static String fromLastLine(String line) {
        Objects.requireNonNull(line, "line");
        if (line.equals("TASK OK")) {
            return OK;
        }
        Matcher m = ERROR_LINE.matcher(line);
        if (m.matches()) {
            return m.group(1);
        }
        m = WARNINGS_LINE.matcher(line);
        return m.matches() ? m.group(1) : UNEXPECTED;
    }

    /** Whether a status means failure: anything but {@code OK} and {@code WARNINGS: <n>}. */
    public static boolean isError(String status) {
        Objects.requireNonNull(status, "status");
        return !status.equals(OK) && !WARNINGS.matcher(status).matches();
    }

    /**
     * The status class used in task lists: {@code ok}, {@code warning}, {@code error}, or
     * {@code unknown} (for {@code unexpected status} and for Perl-false texts {@code ""} and
     * {@code "0"}).
     */
    public static String normalizeType(String status) {
        Objects.requireNonNull(status, "status");
        if (status.isEmpty() || status.equals("0") || status.equals(UNEXPECTED)) {
            return "unknown";
        }
        if (status.equals(OK)) {
            return "ok";
        }
        return WARNINGS.matcher(status).matches() ? "warning" : "error";
    }
}
