package dev.jpve.cli;

import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ApiException;
import dev.jpve.schema.SchemaDefinitions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A command line tool over API methods (upstream's {@code PVE::CLIHandler} and
 * {@code run_cli_handler}): command words resolve through the tree (unique prefixes and aliases
 * accepted), the arguments become the method's parameters, the method runs through
 * {@link dev.jpve.rest.ApiHandler#handle} exactly as over REST, and the output handler prints
 * the result. Every tree gets {@code help}; {@code bashcomplete} answers shell completion;
 * {@code verifyapi} checks every method definition.
 *
 * <p>Exit status: 0 on success; 255 for usage errors ({@code ERROR: no command specified},
 * unknown or incomplete commands, printed with the short usage) and for failures of the method
 * (printed as upstream prints the exception, e.g. {@code 400 not enough arguments} with the
 * command's usage). A Java stack trace is printed only when the environment sets
 * {@code JPVE_DEBUG=1}.
 *
 * {@snippet :
 * CliTool tool = CliTool.builder("my-tool", CommandGroup.builder()
 *         .add("status", Command.of(api, "status").withArgs("vmid"))
 *         .alias("st", "status")
 *         .build())
 *     .build();
 * System.exit(tool.run(List.of(args), CliIo.system()));
 * }
 */
public final class CliTool {
    private static final int EXIT_ERROR = 255;

    private final String exe;
    private final CommandDef root;
    private final ToolUsage usage;
    private final Function<String, List<ParamMapping>> paramMapping;
    private final Map<String, CompletionFunction> completions;
    private final Runnable setupEnvironment;
    private final Runnable prepare;
    private final Function<CliIo, RestEnvironment> environment;

    private CliTool(Builder b) {
        this.exe = b.exe;
        this.paramMapping = b.paramMapping;
        this.root = b.root instanceof CommandGroup g ? withHelp(g) : b.root;
        this.usage = new ToolUsage(exe, root, paramMapping);
        this.completions = Map.copyOf(b.completions);
        this.setupEnvironment = b.setupEnvironment;
        this.prepare = b.prepare;
        this.environment = b.environment;
    }

    /**
     * A builder for a tool.
     *
     * @param exe the executable's name, used in usages ({@code my-tool})
     * @param commands a {@link CommandGroup} of commands, or a single {@link Command} for a tool
     *     that is one command
     */
    public static Builder builder(String exe, CommandDef commands) {
        return new Builder(exe, commands);
    }

    /** The executable's name. */
    public String exe() {
        return exe;
    }

    /**
     * Runs the tool with a command line.
     *
     * @param args the arguments after the executable's name
     * @param io standard output, standard error and environment
     * @return the exit status
     */
    public int run(List<String> args, CliIo io) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(io, "io");
        try {
            return switch (root) {
                case CommandGroup group -> runGroup(group, args, io);
                case Command command -> runSimple(command, args, io);
                case CommandAlias alias -> throw new IllegalStateException("a tool cannot be an alias");
            };
        } catch (Abort abort) {
            io.err().print(abort.usage);
            return EXIT_ERROR;
        } catch (CliExit exit) {
            return exit.status();
        } catch (ApiException e) {
            io.err().print(e.toText());
            return EXIT_ERROR;
        } catch (RuntimeException e) {
            io.err().print(failureText(e, io.env()));
            return EXIT_ERROR;
        }
    }

    /** The AsciiDoc synopsis of every command, for a man page (upstream's {@code generate_asciidoc_synopsis}). */
    public String asciidocSynopsis() {
        return usage.asciidocSynopsis();
    }

    /** The bash completion snippet of this tool (upstream's {@code generate_bash_completions}). */
    public String bashCompletionScript() {
        return ShellCompletionScripts.bash(exe);
    }

    /** The zsh completion snippet of this tool (upstream's {@code generate_zsh_completions}). */
    public String zshCompletionScript() {
        return ShellCompletionScripts.zsh(exe);
    }

    private CommandGroup withHelp(CommandGroup group) {
        Map<String, CommandDef> all = new LinkedHashMap<>(group.commands());
        all.put("help", HelpCommand.create(() -> usage));
        return new CommandGroup(all);
    }

    private int runGroup(CommandGroup tree, List<String> args, CliIo io) {
        CommandResolver.Resolved r = new CommandResolver(exe, tree).resolve(args);
        if (r.word().isEmpty()) {
            throw new Abort(usage.usageShort(Optional.of("no command specified"), Optional.empty()));
        }
        if (r.word().get().equals("verifyapi")) {
            verifyApi(tree);
            return 0;
        }
        setupEnvironment.run();
        if (r.word().get().equals("bashcomplete")) {
            io.out().print(new BashCompletion(exe, tree, completionsWith(tree)).complete(r.args(), io.env()));
            return 0;
        }
        if (r.def().isPresent() && r.def().get() instanceof CommandGroup) {
            throw new Abort(usage.usageShort(Optional.of("incomplete command '" + r.commandLine() + "'"),
                    Optional.of(args)));
        }
        prepare.run();
        if (r.def().isEmpty() || !(r.def().get() instanceof Command command)) {
            throw new Abort(usage.usageShort(Optional.of("unknown command '" + r.commandLine() + "'"), Optional.empty()));
        }
        invoke(command, r.commandLine(), r.args(), io);
        return 0;
    }

    private int runSimple(Command command, List<String> args, CliIo io) {
        String name = command.method().name();
        if (!args.isEmpty() && args.getFirst().equals("help")) {
            io.err().print("USAGE: " + name + " help\n"
                    + usage.generate(UsageFormat.LONG, Optional.empty(), "", "", ToolUsage.Order.NAME)
                            .orElseThrow() + "\n\n");
            return 0;
        }
        if (!args.isEmpty() && args.getFirst().equals("verifyapi")) {
            verifyApi(command);
            return 0;
        }
        setupEnvironment.run();
        if (!args.isEmpty() && args.getFirst().equals("bashcomplete")) {
            io.out().print(new BashCompletion(exe, command, completions).complete(args.subList(1, args.size()), io.env()));
            return 0;
        }
        prepare.run();
        invoke(command, name, args, io);
        return 0;
    }

    private void invoke(Command command, String prefix, List<String> args, CliIo io) {
        CliCall.Result res = CliCall.run(command, prefix, args, paramMapping.apply(command.method().name()),
                environment.apply(io));
        command.output().ifPresent(o -> o.print(res.result(), command.method().returns(), res.formatterParams(), io));
    }

    private Map<String, CompletionFunction> completionsWith(CommandGroup tree) {
        Map<String, CompletionFunction> all = new HashMap<>(completions);
        all.putIfAbsent(HelpCommand.COMMAND_NAMES, (cmd, param, cur, args) -> tree.commandNames());
        return all;
    }

    private static void verifyApi(CommandDef def) {
        switch (def) {
            case Command c -> SchemaDefinitions.validateMethodInfo(c.method().toJson().put("code", 1));
            case CommandGroup g -> g.commands().values().forEach(CliTool::verifyApi);
            case CommandAlias a -> { }
        }
    }

    private static String failureText(RuntimeException e, Map<String, String> env) {
        if ("1".equals(env.get("JPVE_DEBUG"))) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            return trace.toString();
        }
        String msg = e.getMessage() == null ? e.toString() : e.getMessage();
        return msg.endsWith("\n") ? msg : msg + "\n";
    }

    /** A usage error: the text to print on standard error. */
    private static final class Abort extends RuntimeException {
        private final String usage;

        Abort(String usage) {
            super(null, null, false, false);
            this.usage = usage;
        }
    }

    /** Builder of {@link CliTool}. */
    public static final class Builder {
        private final String exe;
        private final CommandDef root;
        private Function<String, List<ParamMapping>> paramMapping = name -> List.of();
        private final Map<String, CompletionFunction> completions = new HashMap<>();
        private Runnable setupEnvironment = () -> { };
        private Runnable prepare = () -> { };
        private Function<CliIo, RestEnvironment> environment = io -> RestEnvironment.cli();

        private Builder(String exe, CommandDef root) {
            this.exe = Objects.requireNonNull(exe, "exe");
            this.root = Objects.requireNonNull(root, "commands");
            if (root instanceof CommandAlias) {
                throw new IllegalArgumentException("commands: a tool cannot be an alias");
            }
        }

        /**
         * Sets the parameter mappings per method name (upstream's {@code param_mapping}), such
         * as {@link ParamMapping#fileContent} for parameters given as file paths.
         */
        public Builder paramMapping(Function<String, List<ParamMapping>> value) {
            paramMapping = Objects.requireNonNull(value, "paramMapping");
            return this;
        }

        /**
         * Adds a completion function, used for every parameter whose schema names it in
         * {@code completion}.
         */
        public Builder completion(String name, CompletionFunction function) {
            completions.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(function, "function"));
            return this;
        }

        /** Runs before any command except {@code verifyapi} (upstream's {@code setup_environment}). */
        public Builder setupEnvironment(Runnable hook) {
            setupEnvironment = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /** Runs just before a command's method (upstream's {@code prepare}). */
        public Builder prepare(Runnable hook) {
            prepare = Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * Makes the environment methods run in, from the run's streams (default: CLI,
         * {@code root@pam}, no tasks); for methods that start tasks, e.g.
         * {@code io -> TaskEnvironment.cli("root@pam", runner, io.out(), io.err())}.
         */
        public Builder environment(Function<CliIo, RestEnvironment> value) {
            environment = Objects.requireNonNull(value, "environment");
            return this;
        }

        /** Builds the tool. */
        public CliTool build() {
            return new CliTool(this);
        }
    }
}
