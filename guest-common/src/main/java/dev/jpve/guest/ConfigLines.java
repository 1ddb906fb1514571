package dev.jpve.guest;

import dev.jpve.tools.TextEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pieces both codecs share: splitting lines, error handling, Perl truthiness, description lines. */
final class ConfigLines {
    static final int FLAGS = Pattern.UNIX_LINES;
    static final Pattern SNAPSTATE = Pattern.compile("snapstate:\\s*(prepare|delete)\\s*$", FLAGS);
    static final Pattern DELETE = Pattern.compile("delete:\\s*(.*\\S)\\s*", FLAGS);
    static final Pattern SNAPSHOT_HEADER = Pattern.compile("\\[([a-z][a-z0-9_\\-]+)\\]\\s*",
            FLAGS | Pattern.CASE_INSENSITIVE);

    private ConfigLines() {}

    /** Whether the line is empty or only Perl whitespace ({@code /^\s*$/}). */
    static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!isSpace(c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The {@code key: value} line as {@code /^([a-z][a-z_-]*\d*):\s*(.+?)\s*$/} splits it (without the
     * hyphen for containers), or null when it does not match; {@code fallback} is that regex.
     */
    static String[] keyValue(String line, boolean hyphen, Pattern fallback) {
        int colon = line.indexOf(':');
        if (colon < 1 || !isKey(line, colon, hyphen)) {
            return null;
        }
        int start = colon + 1;
        int end = line.length();
        while (start < end && isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(line.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            return new String[] {line.substring(0, colon), line.substring(start, end)};
        }
        java.util.regex.Matcher m = fallback.matcher(line);
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    private static boolean isKey(String line, int end, boolean hyphen) {
        char first = line.charAt(0);
        if (first < 'a' || first > 'z') {
            return false;
        }
        int i = 1;
        while (i < end && (isLower(line.charAt(i)) || line.charAt(i) == '_' || hyphen && line.charAt(i) == '-')) {
            i++;
        }
        while (i < end && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i == end;
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\n';
    }

    /** Perl's {@code split(/\n/, $raw)}: trailing empty pieces dropped (blank lines are skipped anyway). */
    static String[] lines(String text) {
        return text.split("\n");
    }

    /** Perl truthiness of a string: not empty and not {@code "0"}. */
    static boolean truthy(String s) {
        return s != null && !s.isEmpty() && !s.equals("0");
    }

    /** Appends {@code #<encoded piece>} lines of a truthy description (Perl's split drops trailing empties). */
    static void description(StringBuilder out, String text) {
        for (String piece : text.split("\n")) {
            out.append('#').append(TextEncoding.encode(piece)).append('\n');
        }
    }

    /** Where parse problems go: thrown in strict mode, collected otherwise. */
    static final class Problems {
        private final boolean strict;
        private final List<String> warnings = new ArrayList<>();

        Problems(boolean strict) {
            this.strict = strict;
        }

        /** upstream's {@code handle_error}. */
        void error(String message) {
            if (strict) {
                throw new GuestConfigException(message);
            }
            warnings.add(message);
        }

        /** A plain {@code warn}: never an error. */
        void warn(String message) {
            warnings.add(message);
        }

        List<String> warnings() {
            return warnings;
        }
    }

    /** A section while it is read. */
    static final class Builder {
        final java.util.TreeMap<String, String> props = new java.util.TreeMap<>();
        final List<LxcEntry> lxc = new ArrayList<>();
        final List<String> env = new ArrayList<>();

        ConfigSection build(Optional<String> description) {
            return new ConfigSection(description, props, lxc, env);
        }
    }
}
