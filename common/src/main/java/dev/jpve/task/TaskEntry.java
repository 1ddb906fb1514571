package dev.jpve.task;

import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of the active task list ({@code /var/log/pve/tasks/active}):
 * {@code UPID SAVED[ ENDTIME[ STATUS]]}, with {@code SAVED} {@code 0} or {@code 1} (already
 * appended to the index) and {@code ENDTIME} as eight hex digits.
 *
 * @param upid the task
 * @param saved whether the task is already in the index
 * @param endtime when the task ended (seconds since the epoch); empty while it runs
 * @param status the final status ({@code OK}, {@code WARNINGS: 2}, an error); empty while it runs
 */
public record TaskEntry(Upid upid, boolean saved, OptionalLong endtime, Optional<String> status) {
    private static final Pattern LINE = Pattern.compile("(\\S+)\\s([01])(\\s([0-9A-Za-z]{8})(\\s(\\s*\\S.*))?)?");

    /** Checks that nothing is null. */
    public TaskEntry {
        Objects.requireNonNull(upid, "upid");
        Objects.requireNonNull(endtime, "endtime");
        Objects.requireNonNull(status, "status");
    }

    /** A running task, not yet in the index. */
    public static TaskEntry running(Upid upid) {
        return new TaskEntry(upid, false, OptionalLong.empty(), Optional.empty());
    }

    /** Whether the task has ended. */
    public boolean isFinished() {
        return endtime.isPresent();
    }

    /** A copy marked as ended at {@code time} with {@code finalStatus}. */
    public TaskEntry finished(long time, String finalStatus) {
        return new TaskEntry(upid, saved, OptionalLong.of(time), Optional.of(finalStatus));
    }

    /** A copy with the saved flag set as given. */
    public TaskEntry withSaved(boolean value) {
        return new TaskEntry(upid, value, endtime, status);
    }

    /**
     * Parses a line; a line that does not match or names a bad UPID gives empty (upstream warns
     * {@code unable to parse line} and skips it).
     */
    public static Optional<TaskEntry> parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Upid> upid = Upid.tryDecode(m.group(1));
        if (upid.isEmpty()) {
            return Optional.empty();
        }
        OptionalLong end = m.group(4) == null ? OptionalLong.empty() : hex(m.group(4));
        return Optional.of(new TaskEntry(upid.get(), m.group(2).equals("1"), end, Optional.ofNullable(m.group(6))));
    }

    private static OptionalLong hex(String text) {
        return HexFormat.isHexDigit(text.charAt(0)) && text.chars().allMatch(HexFormat::isHexDigit)
                ? OptionalLong.of(Long.parseLong(text, 16)) : OptionalLong.empty();
    }

    /** The line, without its newline. */
    public String format() {
        String head = upid.encode() + " " + (saved ? 1 : 0);
        if (endtime.isEmpty() || endtime.getAsLong() == 0) {
            return head;
        }
        String end = head + " " + String.format(Locale.ROOT, "%08X", endtime.getAsLong());
        return status.filter(s -> !s.isEmpty()).map(s -> end + " " + s).orElse(end);
    }

    /** The index line of a finished task: {@code UPID ENDTIME STATUS}. */
    public String indexLine() {
        return upid.encode() + " " + String.format(Locale.ROOT, "%08X", endtime.orElse(0)) + " " + status.orElse("");
    }
}
