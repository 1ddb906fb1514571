package dev.jpve.node.shell;

import dev.jpve.cli.CliIo;
import dev.jpve.cli.CliTool;
import dev.jpve.cli.Command;
import dev.jpve.cli.CommandGroup;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.rest.TaskEnvironment;
import dev.jpve.task.TaskRunner;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * jpvesh, upstream's {@code pvesh}: {@code ls}, {@code get}, {@code set}, {@code create},
 * {@code delete}, {@code usage} and {@code help} on the paths of an API tree, in-process as
 * {@code root@pam}.
 *
 * <p>As upstream, the options of {@code get|set|create|delete|ls PATH} are those of the API
 * method at {@code PATH} (without the parameters the path binds, such as {@code node}), plus
 * {@code --noproxy} and the standard output options ({@code --output-format
 * text|json|json-pretty|yaml}, {@code --noborder}, {@code --noheader}, {@code --quiet},
 * {@code --human-readable}). A path without a method for the command prints
 * {@code No 'get' handler defined for 'PATH'} and exits with 1; other failures exit with 255.
 * Tasks started by a method run in the foreground with their log on standard output.
 *
 * {@snippet :
 * NodeData data = NodeData.open(dataDir, nodename, (user, msg) -> { }, QemuImg.detect(), NodeData.LOCAL_STORE);
 * Jpvesh sh = new Jpvesh(data.tree(), nodename, data.tasks());
 * System.exit(sh.run(List.of(args), CliIo.system()));
 * }
 */
public final class Jpvesh {
    /** The executable's name. */
    public static final String EXE = "jpvesh";
    /** The user commands run as. */
    public static final String USER = "root@pam";

    private static final Pattern COMPLETION_PATH = Pattern.compile("^(.*/)?([^/]*)$");

    private final Supplier<LocalNode> node;
    private final String nodename;
    private final Optional<RemoteApi> remote;

    /**
     * A shell over an API tree.
     *
     * @param api the node's API tree
     * @param nodename the local node's name (calls proxied to other nodes fail)
     * @param tasks runs the tasks methods start
     */
    public Jpvesh(ApiHandler api, String nodename, TaskRunner tasks) {
        this(new LocalNode(Objects.requireNonNull(api, "api"), Objects.requireNonNull(tasks, "tasks")), nodename);
    }

    private Jpvesh(LocalNode node, String nodename) {
        this(() -> node, nodename, Optional.empty());
    }

    /**
     * A shell whose API tree and task runner are built on first use, so that commands that need
     * neither ({@code help}) start without loading them.
     *
     * @param node builds the node's API tree and its task runner (called at most once)
     * @param nodename the local node's name
     */
    public static Jpvesh lazy(Supplier<LocalNode> node, String nodename) {
        return new Jpvesh(once(node), nodename, Optional.empty());
    }

    /**
     * What a local shell works on.
     *
     * @param api the node's API tree
     * @param tasks runs the tasks methods start
     */
    public record LocalNode(ApiHandler api, TaskRunner tasks) {}

    private Jpvesh(Supplier<LocalNode> node, String nodename, Optional<RemoteApi> remote) {
        this.node = node;
        this.nodename = Objects.requireNonNull(nodename, "nodename");
        this.remote = remote;
    }

    private static Supplier<LocalNode> once(Supplier<LocalNode> source) {
        LocalNode[] made = new LocalNode[1];
        return () -> {
            synchronized (made) {
                if (made[0] == null) {
                    made[0] = Objects.requireNonNull(source.get());
                }
                return made[0];
            }
        };
    }

    private ApiHandler api() {
        return node.get().api();
    }

    /**
     * A copy that sends the calls to a remote node; the local tree still gives the paths and
     * the options (the remote node is expected to run the same jpve).
     */
    public Jpvesh withRemote(RemoteApi value) {
        return new Jpvesh(node, nodename, Optional.of(value));
    }

    /**
     * Runs one command line.
     *
     * @param argv the arguments after the executable's name
     * @param io standard output, standard error and environment
     * @return the exit status: 0, 1 for a path without a method for the command, 255 otherwise
     */
    public int run(List<String> argv, CliIo io) {
        List<String> args = new ArrayList<>(argv);
        boolean noproxy = false;
        boolean nooutput = false;
        while (!args.isEmpty() && (args.getFirst().equals("--noproxy") || args.getFirst().equals("--nooutput"))) {
            noproxy |= args.getFirst().equals("--noproxy");
            nooutput |= args.removeFirst().equals("--nooutput");
        }
        Optional<HandlerMatch> match = Optional.empty();
        Optional<ShellCommand> cmd = args.isEmpty() ? Optional.empty() : ShellCommand.of(args.getFirst());
        if (cmd.isPresent() && args.size() > 1) {
            match = api().findHandler(cmd.get().http(), args.get(1));
            if (match.isEmpty()) {
                io.err().print("No '" + cmd.get().word() + "' handler defined for '" + args.get(1) + "'\n");
                return 1;
            }
        } else if (!args.isEmpty() && args.getFirst().equals("bashcomplete")) {
            match = completionMatch(io);
        }
        ShellOptions.Options opts = ShellOptions.forPath(match);
        ShellContext ctx = new ShellContext(EXE, this::api, nodename, noproxy, nooutput, remote);
        ApiHandler shell = new ShellMethods(ctx, io, opts.standardAdded()).handler(opts.properties());
        CommandGroup.Builder group = CommandGroup.builder();
        for (String word : List.of("usage", "get", "ls", "set", "create", "delete")) {
            group.add(word, Command.of(shell, word).withArgs("api_path"));
        }
        TaskEnvironment env = TaskEnvironment.cli(USER, () -> node.get().tasks(), io.out(), io.err());
        return CliTool.builder(EXE, group.build())
                .completion(ShellOptions.API_PATH_COMPLETION, (c, p, cur, a) -> completeApiPath(cur, env))
                .environment(x -> env)
                .build().run(args, io);
    }

    private Optional<HandlerMatch> completionMatch(CliIo io) {
        String line = io.env().getOrDefault("COMP_LINE", "");
        int point = Math.min(line.length(), parse(io.env().getOrDefault("COMP_POINT", "")).orElse(line.length()));
        String[] words = line.substring(0, point).trim().split("\\s+");
        if (words.length < 3) {
            return Optional.empty();
        }
        return ShellCommand.of(words[1]).flatMap(c -> api().findHandler(c.http(), words[2]));
    }

    private static Optional<Integer> parse(String text) {
        try {
            return Optional.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Upstream's {@code complete_api_path}: the children of the directory part that start with the rest. */
    List<String> completeApiPath(String text, TaskEnvironment env) {
        Matcher m = COMPLETION_PATH.matcher(text);
        if (!m.matches()) {
            return List.of();
        }
        String dir = m.group(1);
        String rest = m.group(2);
        String path = (dir == null ? "" : dir).replaceAll("/+", "/").replaceFirst("^/", "").replaceFirst("/$", "");
        List<String> res = new ArrayList<>();
        for (String c : children(path, env)) {
            if (c.startsWith(rest)) {
                res.add(dir == null ? c : dir + c);
            }
        }
        return res.size() == 1 ? List.of(res.getFirst(), res.getFirst() + "/") : res;
    }

    private List<String> children(String path, TaskEnvironment env) {
        Optional<HandlerMatch> m = api().findHandler(HttpMethod.GET, path);
        if (m.isEmpty()) {
            return List.of();
        }
        try {
            var params = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            var ctx = new ShellContext(EXE, this::api, nodename, false, false, remote);
            var data = ctx.call(m.get(), path, params, env, false);
            return ResourceCaps.childLink(m.get().method()).map(l -> ResourceCaps.children(l, data)).orElse(List.of());
        } catch (RuntimeException e) {
            return List.of(); // upstream ignores errors here too
        }
    }
}
