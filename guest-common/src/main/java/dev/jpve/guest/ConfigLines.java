package dev.jpve.guest;

import dev.jpve.tools.TextEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Pieces both codecs share: splitting lines, error handling, Perl truthiness, description lines. */
final class ConfigLines {
    static final int FLAGS = Pattern.UNIX_LINES;
    static final Pattern BLANK = Pattern.compile("\\s*", FLAGS);
    static final Pattern COMMENT = Pattern.compile("#(.*)", FLAGS);
    static final Pattern SNAPSTATE = Pattern.compile("snapstate:\\s*(prepare|delete)\\s*$", FLAGS);
    static final Pattern DELETE = Pattern.compile("delete:\\s*(.*\\S)\\s*", FLAGS);
    static final Pattern SNAPSHOT_HEADER = Pattern.compile("\\[([a-z][a-z0-9_\\-]+)\\]\\s*",
            FLAGS | Pattern.CASE_INSENSITIVE);

    private ConfigLines() {}

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
