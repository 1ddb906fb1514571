package dev.jpve.task;

import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unique task id ({@code PVE::UPID}): which node ran which worker process, when, doing what for
 * whom.
 *
 * <p>Text form: {@code UPID:<node>:<pid>:<pstart>:<starttime>:<type>:<id>:<user>:} with the
 * three numbers as upper-case hex of at least 8 digits. {@link #encode()} checks nothing, as
 * upstream; {@link #decode(String)} accepts only what upstream accepts (pid and starttime of
 * exactly 8 hex digits, pstart of 8 or 9, no {@code :}, whitespace or {@code /} in type, id and
 * user), except that it also rejects a trailing newline, which Perl's {@code $} lets through.
 *
 * {@snippet :
 * Upid upid = new Upid("n1", 1234, 5678, 1700000000, "qmstart", "100", "root@pam");
 * upid.encode(); // "UPID:n1:000004D2:0000162E:6553F100:qmstart:100:root@pam:"
 * }
 *
 * @param node the node name
 * @param pid the worker's process id
 * @param pstart the worker's start time in clock ticks since boot
 * @param starttime the task's start time in epoch seconds
 * @param type the task type, e.g. {@code qmstart}
 * @param id the object the task works on (may be empty)
 * @param user the user (or API token) that started it
 */
public record Upid(String node, long pid, long pstart, long starttime, String type, String id,
        String user) {

    /* Perl's \s on decoded text is Unicode White_Space: (?U) gives Java the same set. */
    private static final String FIELD = "(?U:[^:\\s/])";
    private static final String HEX = "[0-9A-Fa-f]";
    private static final Pattern FORMAT = Pattern.compile("UPID:([a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?)"
            + ":(" + HEX + "{8}):(" + HEX + "{8,9}):(" + HEX + "{8}):(" + FIELD + "+):(" + FIELD + "*):("
            + FIELD + "+):");

    /** Checks that no component is null. */
    public Upid {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(user, "user");
    }

    /** The text form; fields are written as they are, without validation. */
    public String encode() {
        return "UPID:" + node + ":" + hex(pid) + ":" + hex(pstart) + ":" + hex(starttime) + ":" + type
                + ":" + id + ":" + user + ":";
    }

    /**
     * Parses a UPID.
     *
     * @throws IllegalArgumentException with message {@code unable to parse worker upid '<upid>'\n}
     */
    public static Upid decode(String upid) {
        return tryDecode(upid).orElseThrow(() -> new IllegalArgumentException(
                "unable to parse worker upid '" + upid + "'\n"));
    }

    /** Parses a UPID; empty when it is not one (upstream's {@code noerr}). */
    public static Optional<Upid> tryDecode(String upid) {
        Objects.requireNonNull(upid, "upid");
        Matcher m = FORMAT.matcher(upid);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Upid(m.group(1), HexFormat.fromHexDigitsToLong(m.group(2)),
                HexFormat.fromHexDigitsToLong(m.group(3)), HexFormat.fromHexDigitsToLong(m.group(4)),
                m.group(5), m.group(6), m.group(7)));
    }

    /**
     * The name of the task-log subdirectory for a UPID text: the last character of its starttime
     * field as written (case kept, so {@code ...6553f10a...} gives {@code a}).
     *
     * @throws IllegalArgumentException when {@code upid} does not decode
     */
    public static String logSubdirectory(String upid) {
        decode(upid);
        String[] fields = upid.split(":", -1);
        String starttime = fields[4];
        return starttime.substring(starttime.length() - 1);
    }

    private static String hex(long value) {
        String digits = Long.toHexString(value).toUpperCase(java.util.Locale.ROOT);
        return digits.length() >= 8 ? digits : "0".repeat(8 - digits.length()) + digits;
    }
}
