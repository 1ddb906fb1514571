package dev.jpve.cli;

import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import dev.jpve.tools.ShellQuote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Answers bash's {@code complete -C} protocol (upstream's {@code print_bash_completion}): reads
 * {@code COMP_LINE} and {@code COMP_POINT}, prints one candidate per line.
 */
final class BashCompletion {
    private final String exe;
    private final CommandDef root;
    private final Map<String, CompletionFunction> functions;

    BashCompletion(String exe, CommandDef root, Map<String, CompletionFunction> functions) {
        this.exe = exe;
        this.root = root;
        this.functions = functions;
    }

    /**
     * The candidates, one per line.
     *
     * @param args {@code CMD CUR PREV} as bash passes them
     * @param env the environment holding {@code COMP_LINE} and {@code COMP_POINT}
     */
    String complete(List<String> args, Map<String, String> env) {
        if (args.size() < 3 || !env.containsKey("COMP_LINE") || !env.containsKey("COMP_POINT")) {
            return "";
        }
        String cur = args.get(1);
        String prev = args.get(2);
        String line = env.get("COMP_LINE");
        int point = Math.clamp(parsePoint(env.get("COMP_POINT")), 0, line.length());
        String cmdline = line.substring(0, point);
        List<String> words = new ArrayList<>(ShellQuote.splitArgs(cmdline));
        if (!words.isEmpty()) {
            words.removeFirst();
        }
        Candidates out = new Candidates(cur);
        String cmd;
        Command command;
        if (root instanceof CommandGroup group) {
            CommandResolver.Resolved r = new CommandResolver(exe, group).resolve(words);
            if (r.expandedLast().isPresent() && !prev.equals(r.expandedLast().get())) {
                return r.expandedLast().get() + "\n";
            }
            if (r.def().isPresent() && r.def().get() instanceof CommandGroup g) {
                out.addAll(g.commandNames());
                return out.text();
            }
            if (r.def().isEmpty() || !(r.def().get() instanceof Command c)) {
                return "";
            }
            cmd = r.word().orElse("");
            command = c;
            words = new ArrayList<>(r.args());
        } else {
            command = (Command) root;
            cmd = command.method().name();
        }
        completeCommand(command, cmd, words, cmdline, cur, prev, out);
        return out.text();
    }

    private void completeCommand(Command command, String cmd, List<String> args, String cmdline, String cur,
            String prev, Candidates out) {
        int pos = args.size() - 1;
        if (!cmdline.isEmpty() && Character.isWhitespace(cmdline.charAt(cmdline.length() - 1))) {
            pos++;
        }
        if (pos < 0) {
            return;
        }
        List<String> argParams = switch (command.argParam()) {
            case ArgParam.None n -> List.of();
            case ArgParam.ListParam l -> List.of(l.name());
            case ArgParam.Positional p -> p.names();
        };
        Map<String, Schema> props = new LinkedHashMap<>();
        SchemaProperties.of(command.method().parameters().orElseGet(() -> dev.jpve.schema.ObjectSchema.builder().build()))
                .forEach(e -> props.putIfAbsent(e.name(), e.schema()));
        props.putAll(command.formatterProps());
        if (pos < argParams.size()) {
            values(props.get(argParams.get(pos)), cmd, argParams.get(pos), cur, args, out);
            return;
        }
        TreeSet<String> options = new TreeSet<>();
        props.keySet().stream().filter(k -> !argParams.contains(k) && !command.fixed().containsKey(k))
                .forEach(k -> options.add("--" + k));
        if (cur.startsWith("-")) {
            out.addAll(options);
            return;
        }
        Optional<String> named = prev.startsWith("--") ? Optional.of(prev.substring(2))
                : prev.startsWith("-") ? Optional.of(prev.substring(1)) : Optional.empty();
        if (named.filter(n -> !n.isEmpty() && props.containsKey(n)).isPresent()) {
            values(props.get(named.get()), cmd, named.get(), cur, args, out);
            return;
        }
        out.addAll(options);
    }

    private void values(Schema prop, String cmd, String name, String cur, List<String> args, Candidates out) {
        if (prop == null) {
            return;
        }
        Optional<String> fn = prop.common().completion().filter(c -> c.isString()).map(c -> c.stringValue());
        if (fn.isPresent()) {
            CompletionFunction f = functions.get(fn.get());
            if (f != null) {
                out.addAll(f.complete(cmd, name, cur, args));
            }
        } else if (prop.typeName().filter("boolean"::equals).isPresent()) {
            out.addAll(List.of("0", "1"));
        } else {
            prop.scalarRules().enumValues().ifPresent(v -> out.addAll(v.stream().map(PerlScalar::text).toList()));
        }
    }

    private static int parsePoint(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    /** The candidates starting with the current word. */
    private static final class Candidates {
        private final String cur;
        private final StringBuilder text = new StringBuilder();

        Candidates(String cur) {
            this.cur = cur;
        }

        void addAll(Iterable<String> values) {
            for (String v : values) {
                if (v.startsWith(cur)) {
                    text.append(v).append('\n');
                }
            }
        }

        String text() {
            return text.toString();
        }
    }
}
