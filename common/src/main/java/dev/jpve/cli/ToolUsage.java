package dev.jpve.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The usage texts of a whole tool (upstream's {@code generate_usage_str},
 * {@code print_usage_short}, {@code print_usage_verbose}).
 */
final class ToolUsage {
    static final String INDENT = " ".repeat(7);

    /** How the commands of a group are ordered. */
    enum Order {
        /** By word. */
        NAME,
        /** Groups first, then commands by handler name and word (the short usage after an error). */
        HANDLER
    }

    private final String exe;
    private final CommandDef root;
    private final Function<String, List<ParamMapping>> mappings;

    ToolUsage(String exe, CommandDef root, Function<String, List<ParamMapping>> mappings) {
        this.exe = exe;
        this.root = root;
        this.mappings = mappings;
    }

    /** The usage of the commands below {@code words} (all when empty), or empty if they name nothing. */
    Optional<String> generate(UsageFormat format, Optional<List<String>> words, String indent, String separator,
            Order order) {
        CommandDef def = root;
        String prefix = exe;
        if (words.isPresent() && root instanceof CommandGroup group) {
            CommandResolver.Resolved r = new CommandResolver(exe, group).resolve(words.get());
            if (r.def().isEmpty()) {
                return Optional.empty();
            }
            def = r.def().get();
            prefix = r.commandLine();
        }
        return Optional.of(generate(format, indent, separator, def, prefix, order));
    }

    private String generate(UsageFormat format, String indent, String separator, CommandDef def, String prefix,
            Order order) {
        StringBuilder str = new StringBuilder();
        switch (def) {
            case Command c -> str.append(indent).append(usage(c, prefix, format));
            case CommandAlias a -> { }
            case CommandGroup g -> {
                String oldHandler = null;
                for (String word : sorted(g, order)) {
                    CommandDef entry = g.commands().get(word);
                    switch (entry) {
                        case Command c -> {
                            if (oldHandler != null && !oldHandler.equals(c.handler().name())) {
                                str.append(separator);
                            }
                            str.append(indent).append(usage(c, prefix + " " + word, format));
                            oldHandler = c.handler().name();
                        }
                        case CommandAlias a when format == UsageFormat.ASCIIDOC -> str.append("[[cli_")
                                .append((prefix + " " + word).replace(' ', '_')).append("]]\n*").append(prefix)
                                .append(' ').append(word).append("*\n\nAn alias for '").append(exe).append(' ')
                                .append(a.target()).append("'.\n\n");
                        case CommandAlias a -> { }
                        case CommandGroup sub -> {
                            String substr = generate(format, indent, "", sub, prefix + " " + word, order);
                            if (!substr.isEmpty()) {
                                str.append(substr);
                                if (!separator.isEmpty() && !substr.contains(separator + separator)) {
                                    str.append(separator);
                                }
                            }
                        }
                    }
                }
            }
        }
        return str.toString();
    }

    private String usage(Command c, String prefix, UsageFormat format) {
        Map<String, ParamMapping> byName = new java.util.LinkedHashMap<>();
        mappings.apply(c.method().name()).forEach(m -> byName.put(m.name(), m));
        return CommandUsage.of(c, prefix, format, byName);
    }

    private static List<String> sorted(CommandGroup g, Order order) {
        List<String> words = new ArrayList<>(g.commands().keySet());
        if (order == Order.NAME) {
            words.sort(Comparator.naturalOrder());
        } else {
            words.sort(Comparator.comparing((String w) -> g.commands().get(w) instanceof Command ? 1 : 0)
                    .thenComparing(w -> g.commands().get(w) instanceof Command c ? c.handler().name() : "")
                    .thenComparing(Comparator.naturalOrder()));
        }
        return words;
    }

    /** {@code ERROR: MSG}, the tool's usage line, and the short usage of the commands below {@code words}. */
    String usageShort(Optional<String> msg, Optional<List<String>> words) {
        StringBuilder sb = new StringBuilder();
        msg.ifPresent(m -> sb.append("ERROR: ").append(m).append('\n'));
        sb.append("USAGE: ").append(exe).append(" <COMMAND> [ARGS] [OPTIONS]\n\n");
        Optional<String> body = generate(UsageFormat.SHORT, words, INDENT, words.isPresent() ? "" : "\n", Order.HANDLER);
        if (body.isEmpty()) {
            return usageShort(Optional.of("unknown command '" + words.orElseThrow().getFirst() + "'"), Optional.empty());
        }
        return sb.append(body.get()).toString();
    }

    /** The AsciiDoc synopsis of the whole tool, for its man page. */
    String asciidocSynopsis() {
        String body = generate(UsageFormat.ASCIIDOC, Optional.empty(), "", "", Order.NAME).orElseThrow();
        if (root instanceof Command) {
            return "*" + exe + "* `help`\n\n" + body;
        }
        return "[[cli_" + exe + "]]\n*" + exe + "* `<COMMAND> [ARGS] [OPTIONS]`\n\n" + body + "\n";
    }

    /** The tool's usage line and the full usage of every command. */
    String usageVerbose() {
        return "USAGE: " + exe + " <COMMAND> [ARGS] [OPTIONS]\n\n"
                + generate(UsageFormat.FULL, Optional.empty(), "", "", Order.NAME).orElseThrow() + "\n";
    }
}
