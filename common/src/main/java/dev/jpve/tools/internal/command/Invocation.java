package dev.jpve.tools.internal.command;

import dev.jpve.tools.Arg;
import dev.jpve.tools.ShellQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@link dev.jpve.tools.Command} executes: the argv, the text used in messages ({@code cmdstr}), the
 * text open3 would name in an exec failure, and Perl's special cases of its one-argument exec.
 *
 * @param argv the program and its arguments; empty when there is nothing to execute
 * @param cmdstr upstream's {@code $cmdstr}
 * @param execText the arguments open3 received, joined by spaces (for exec failure messages)
 * @param noArguments open3 received no arguments at all ({@code not enough arguments})
 * @param perlShell Perl ran {@code /bin/sh -c} itself: the process sees {@code argv[0] = "sh"}
 * @param stderrToStdout Perl's trailing {@code 2>&1} shortcut: stderr goes where stdout goes
 */
public record Invocation(List<String> argv, String cmdstr, String execText, boolean noArguments,
        boolean perlShell, boolean stderrToStdout) {
    private static final String META = "$&*(){}[]'\";\\|?<>~`\n";
    private static final String PIPEFAIL = "set -o pipefail && ";

    /** Copies the argv. */
    public Invocation {
        argv = List.copyOf(argv);
    }

    /** Upstream's array form: executed directly (a single element follows Perl's string rule). */
    public static Invocation ofArgv(List<String> argv) {
        String cmdstr = ShellQuote.cmd2string(argv);
        if (argv.size() == 1) {
            return perlExec(argv.getFirst(), cmdstr);
        }
        return new Invocation(argv, cmdstr, String.join(" ", argv), argv.isEmpty(), false, false);
    }

    /** Upstream's string form: bash with pipefail when it has a {@code |}, else Perl's exec rule. */
    public static Invocation ofString(String command) {
        if (command.indexOf('|') >= 0) {
            return bash(PIPEFAIL + command, command);
        }
        return perlExec(command, command);
    }

    /** Upstream's array-of-arrays form: members joined by {@code |}, run by bash with pipefail. */
    public static Invocation ofPipeline(List<List<Arg>> members) {
        List<String> rendered = new ArrayList<>();
        for (List<Arg> member : members) {
            rendered.add(String.join(" ", member.stream().map(Arg::render).toList()));
        }
        String script = PIPEFAIL + String.join(" | ", rendered);
        return bash(script, script);
    }

    private static Invocation bash(String script, String cmdstr) {
        List<String> argv = List.of("/bin/bash", "-c", script);
        return new Invocation(argv, cmdstr, String.join(" ", argv), false, false, false);
    }

    /**
     * Perl's {@code exec} of one string: through {@code /bin/sh -c} when it has shell
     * metacharacters (or starts with {@code . }, {@code exec } or {@code NAME=}), else split on
     * whitespace and executed directly.
     */
    private static Invocation perlExec(String command, String cmdstr) {
        String text = command.substring(leadingSpaces(command));
        if (startsShellBuiltin(text)) {
            return shell(text, command, cmdstr);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (META.indexOf(c) < 0) {
                continue;
            }
            if (c == '\n' && i == text.length() - 1) {
                return direct(text.substring(0, i), command, cmdstr, false);
            }
            if (isTrailingStderrRedirect(text, i)) {
                return direct(text.substring(0, i - 2), command, cmdstr, true);
            }
            return shell(text, command, cmdstr);
        }
        return direct(text, command, cmdstr, false);
    }

    private static boolean startsShellBuiltin(String text) {
        if (text.length() > 1 && text.charAt(0) == '.' && isSpace(text.charAt(1))) {
            return true;
        }
        if (text.startsWith("exec") && text.length() > 4 && isSpace(text.charAt(4))) {
            return true;
        }
        int i = 0;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '=';
    }

    /** {@code <space>2>&1} followed only by whitespace, with {@code i} at the {@code >}. */
    private static boolean isTrailingStderrRedirect(String text, int i) {
        if (!text.startsWith(">&1", i) || i < 2 || text.charAt(i - 1) != '2' || !isSpace(text.charAt(i - 2))) {
            return false;
        }
        return text.substring(i + 3).chars().allMatch(c -> isSpace((char) c));
    }

    private static Invocation shell(String text, String command, String cmdstr) {
        return new Invocation(List.of("/bin/sh", "-c", text), cmdstr, command, false, true, false);
    }

    private static Invocation direct(String words, String command, String cmdstr, boolean stderrToStdout) {
        List<String> argv = new ArrayList<>();
        int i = 0;
        while (i < words.length()) {
            int start = i;
            while (i < words.length() && !isSpace(words.charAt(i))) {
                i++;
            }
            if (i > start) {
                argv.add(words.substring(start, i));
            }
            i++;
        }
        return new Invocation(argv, cmdstr, command, false, false, stderrToStdout);
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B;
    }
}
