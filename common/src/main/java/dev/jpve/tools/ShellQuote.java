package dev.jpve.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Shell quoting and word splitting as pve-common does it: {@code shell_quote}
 * ({@code String::ShellQuote}), {@code cmd2string} and {@code split_args}
 * ({@code Text::ParseWords::shellwords}).
 *
 * <p>Upstream's {@code undef} is not accepted; pass {@code ""}, which behaves the same in every
 * method here. Strings are quoted as Java strings; every non-ASCII character counts as unsafe
 * (so it is always quoted), matching upstream's behaviour on byte strings.
 *
 * {@snippet :
 * ShellQuote.cmd2string(List.of("echo", "a b", "c"));   // "echo 'a b' c"
 * ShellQuote.splitArgs("a \"b c\" d");                  // [a, b c, d]
 * }
 */
public final class ShellQuote {
    private static final String SAFE_PUNCTUATION = "!%+,-./:=@^_";

    private ShellQuote() {}

    /**
     * Quotes {@code word} for a POSIX shell: unchanged when it only holds
     * {@code [A-Za-z0-9_!%+,-./:@^]}, otherwise single-quoted ({@code ''} for the empty string).
     *
     * @throws IllegalArgumentException {@code shell_quote(): No way to quote string containing
     *     null (\000) bytes} when {@code word} contains NUL
     */
    public static String shellquote(String word) {
        Objects.requireNonNull(word, "word");
        if (word.isEmpty()) {
            return "''";
        }
        if (word.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(
                    "shell_quote(): No way to quote string containing null (\\000) bytes");
        }
        return needsQuoting(word) ? quote(word) : word;
    }

    /**
     * Upstream's {@code cmd2string} of an argv list: every element quoted with
     * {@link #shellquote}, joined by single spaces ({@code ""} for an empty list).
     */
    public static String cmd2string(List<String> argv) {
        Objects.requireNonNull(argv, "argv");
        StringBuilder out = new StringBuilder();
        for (String arg : argv) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(shellquote(Objects.requireNonNull(arg, "argv element")));
        }
        return out.toString();
    }

    /**
     * Upstream's {@code cmd2string} of a plain string: returned unchanged.
     *
     * @throws IllegalArgumentException {@code no arguments} for {@code ""} and {@code "0"}
     *     (Perl-false strings)
     */
    public static String cmd2string(String command) {
        Objects.requireNonNull(command, "command");
        if (command.isEmpty() || command.equals("0")) {
            throw new IllegalArgumentException("no arguments");
        }
        return command;
    }

    /**
     * Splits {@code line} into words like {@code Text::ParseWords::shellwords}: whitespace
     * separates words, double quotes group with backslash escaping any character, single quotes
     * group keeping backslashes literally, a backslash outside quotes escapes the next character.
     * Returns an empty list for {@code ""}, {@code "0"}, an unbalanced quote or a trailing lone
     * backslash.
     */
    public static List<String> splitArgs(String line) {
        Objects.requireNonNull(line, "line");
        if (line.isEmpty() || line.equals("0")) {
            return List.of();
        }
        return new WordSplitter(line).split();
    }

    private static boolean needsQuoting(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || (SAFE_PUNCTUATION.indexOf(c) >= 0 && c != '=');
            if (!safe) {
                return true;
            }
        }
        return false;
    }

    private static String quote(String word) {
        String escaped = collapseEscapedQuotes(word.replace("'", "'\\''"));
        String quoted = "'" + escaped + "'";
        if (quoted.startsWith("''")) {
            quoted = quoted.substring(2);
        }
        if (quoted.endsWith("''")) {
            quoted = quoted.substring(0, quoted.length() - 2);
        }
        return quoted;
    }

    /** Replaces each run of two or more {@code '\''} groups by {@code '"''…'"'}. */
    private static String collapseEscapedQuotes(String text) {
        String group = "'\\''";
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int run = 0;
            while (text.startsWith(group, i + run * group.length())) {
                run++;
            }
            if (run >= 2) {
                out.append("'\"").append("'".repeat(run)).append("\"'");
                i += run * group.length();
            } else {
                out.append(text.charAt(i));
                i++;
            }
        }
        return out.toString();
    }

    /** One pass of {@code shellwords} over a line; see {@link #splitArgs}. */
    private static final class WordSplitter {
        private final String line;
        private final List<String> words = new ArrayList<>();
        private StringBuilder word;
        private int pos;

        WordSplitter(String line) {
            this.line = line;
            this.pos = skipWhitespace(line, 0);
        }

        List<String> split() {
            while (pos < line.length()) {
                char c = line.charAt(pos);
                boolean ok = (c == '"' || c == '\'') ? quoted(c) : unquoted();
                if (!ok) {
                    return List.of();
                }
            }
            if (word != null) {
                words.add(word.toString());
            }
            return List.copyOf(words);
        }

        private boolean quoted(char quote) {
            int end = pos + 1;
            while (end < line.length() && line.charAt(end) != quote) {
                if (line.charAt(end) == '\\') {
                    if (end + 1 >= line.length()) {
                        return false;
                    }
                    end++;
                }
                end++;
            }
            if (end >= line.length()) {
                return false;
            }
            String content = line.substring(pos + 1, end);
            append(quote == '"' ? unescape(content) : content);
            pos = end + 1;
            return true;
        }

        private boolean unquoted() {
            int start = pos;
            int p = pos;
            while (p < line.length() && !isSpace(line.charAt(p)) && !isQuoteAfterStart(p, start)) {
                if (line.charAt(p) == '\\') {
                    if (p + 1 >= line.length()) {
                        return false;
                    }
                    p++;
                }
                p++;
            }
            if (p > start) {
                append(unescape(line.substring(start, p)));
            }
            int next = skipWhitespace(line, p);
            if (next > p) {
                words.add(word == null ? "" : word.toString());
                word = null;
            }
            pos = next;
            return true;
        }

        private boolean isQuoteAfterStart(int p, int start) {
            char c = line.charAt(p);
            return p > start && (c == '"' || c == '\'');
        }

        private void append(String text) {
            if (word == null) {
                word = new StringBuilder();
            }
            word.append(text);
        }

        private static String unescape(String text) {
            if (text.indexOf('\\') < 0) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length()) {
                    c = text.charAt(++i);
                }
                out.append(c);
            }
            return out.toString();
        }

        private static int skipWhitespace(String text, int from) {
            int i = from;
            while (i < text.length() && isSpace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        private static boolean isSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
        }
    }
}
