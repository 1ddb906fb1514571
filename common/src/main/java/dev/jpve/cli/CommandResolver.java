package dev.jpve.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves command words against a command tree (upstream's {@code resolve_cmd}): unique
 * prefixes expand ({@code sta} to {@code status}), exact names always win, aliases are replaced
 * by their words once.
 */
final class CommandResolver {

    /**
     * The outcome.
     *
     * @param word the last word looked at (the first argument when nothing resolved), empty if none
     * @param def the entry reached: a command, a group (incomplete), or empty (unknown)
     * @param args the arguments after the command words
     * @param expandedLast the expansion of the last argument when it was a command word
     * @param commandLine the executable and the words as resolved ({@code my-tool vm show})
     */
    record Resolved(Optional<String> word, Optional<CommandDef> def, List<String> args,
            Optional<String> expandedLast, String commandLine) {}

    private final String exe;
    private final CommandGroup root;

    CommandResolver(String exe, CommandGroup root) {
        this.exe = exe;
        this.root = root;
    }

    Resolved resolve(List<String> argv) {
        return resolve(new ArrayList<>(argv), false);
    }

    private Resolved resolve(List<String> argv, boolean viaAlias) {
        CommandDef def = root;
        StringBuilder cmdstr = new StringBuilder(exe);
        String expandedLast = null;
        int last = argv.size() - 1;
        for (int i = 0; i <= last; i++) {
            CommandGroup group = (CommandGroup) def;
            String cmd = expandUnique(group, argv.get(i)).orElse(argv.get(i));
            if (i == last && expandUnique(group, argv.get(i)).isPresent()) {
                expandedLast = cmd;
            }
            cmdstr.append(' ').append(cmd);
            CommandDef next = group.commands().get(cmd);
            if (next == null) {
                Optional<CommandDef> kept = prefixes(group, cmd).isEmpty() ? Optional.empty() : Optional.of(def);
                return new Resolved(Optional.of(argv.get(0)), kept, tail(argv, 1), Optional.ofNullable(expandedLast),
                        cmdstr.toString());
            }
            def = next;
            switch (def) {
                case Command c -> {
                    return new Resolved(Optional.of(cmd), Optional.of(c), tail(argv, i + 1),
                            Optional.ofNullable(expandedLast), cmdstr.toString());
                }
                case CommandAlias a -> {
                    if (viaAlias) {
                        throw new IllegalStateException("alias loop detected for '" + cmd + "'");
                    }
                    List<String> replaced = new ArrayList<>(argv.subList(0, i));
                    replaced.addAll(a.words());
                    replaced.addAll(tail(argv, i + 1));
                    return resolve(replaced, true);
                }
                case CommandGroup g -> { }
            }
        }
        Optional<String> first = argv.isEmpty() ? Optional.empty() : Optional.of(argv.getFirst());
        return new Resolved(first, Optional.of(def), tail(argv, 1), Optional.ofNullable(expandedLast), cmdstr.toString());
    }

    /** The word itself if defined, else its only expansion among non-alias commands. */
    static Optional<String> expandUnique(CommandGroup group, String word) {
        if (group.commands().containsKey(word)) {
            return Optional.of(word);
        }
        List<String> all = prefixes(group, word);
        return all.size() == 1 ? Optional.of(all.getFirst()) : Optional.empty();
    }

    private static List<String> prefixes(CommandGroup group, String word) {
        return group.commands().entrySet().stream()
                .filter(e -> e.getKey().startsWith(word) && !(e.getValue() instanceof CommandAlias))
                .map(Map.Entry::getKey).toList();
    }

    private static List<String> tail(List<String> list, int from) {
        return from >= list.size() ? List.of() : List.copyOf(list.subList(from, list.size()));
    }
}
