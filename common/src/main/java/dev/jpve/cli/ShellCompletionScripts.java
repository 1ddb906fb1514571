package dev.jpve.cli;

/**
 * The shell snippets that register a tool's {@code bashcomplete} command with bash and zsh; the
 * tool must be on the {@code PATH} under the name {@code exe}.
 */
public final class ShellCompletionScripts {

    private ShellCompletionScripts() {}

    /** The bash snippet (upstream's {@code generate_bash_completions}), for {@code bash-completion/completions/<exe>}. */
    public static String bash(String exe) {
        return "# " + exe + " bash completion\n\n"
                + "# see http://tiswww.case.edu/php/chet/bash/FAQ\n"
                + "# and __ltrim_colon_completions() in /usr/share/bash-completion/bash_completion\n"
                + "# this modifies global var, but I found no better way\n"
                + "COMP_WORDBREAKS=${COMP_WORDBREAKS//:}\n\n"
                + "complete -o default -C '" + exe + " bashcomplete' " + exe + "\n";
    }

    /** The zsh snippet (upstream's {@code generate_zsh_completions}), for {@code _<exe>} on the {@code fpath}. */
    public static String zsh(String exe) {
        return "#compdef _" + exe + " " + exe + "\n\n"
                + "function _" + exe + "() {\n"
                + "    local cwords line point cmd curr prev\n"
                + "    cwords=${#words[@]}\n"
                + "    line=$words\n"
                + "    point=${#line}\n"
                + "    cmd=${words[1]}\n"
                + "    curr=${words[cwords]}\n"
                + "    prev=${words[cwords-1]}\n"
                + "    compadd -- $(COMP_CWORD=\"$cwords\" COMP_LINE=\"$line\" COMP_POINT=\"$point\" \\\n"
                + "\t" + exe + " bashcomplete \"$cmd\" \"$curr\" \"$prev\")\n"
                + "}\n";
    }
}
