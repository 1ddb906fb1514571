package dev.jpve.conformance;

import dev.jpve.tools.Arg;
import dev.jpve.tools.Command;
import dev.jpve.tools.CommandException;
import dev.jpve.tools.ShellQuote;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The command-execution functions of the {@code tools} name: {@code shellquote},
 * {@code cmd2string}, {@code split_args}, {@code run_command_argv} and {@code run_command}.
 */
final class CommandFunctions {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> RUN_PARAMETERS = Set.of("timeout", "umask", "errmsg", "input",
            "noerr", "keeplocale", "quiet", "outfunc", "errfunc", "logfunc");

    private CommandFunctions() {}

    static void register(Map<String, ToolsCases.ToolFunction> f) {
        f.put("shellquote", a -> NODES.stringNode(ShellQuote.shellquote(a.textOrEmpty(0))));
        f.put("cmd2string", a -> NODES.stringNode(a.get(0).isArray()
                ? ShellQuote.cmd2string(words(a.get(0)))
                : ShellQuote.cmd2string(a.textOrEmpty(0))));
        f.put("split_args", a -> strings(ShellQuote.splitArgs(a.textOrEmpty(0))));
        f.put("run_command_argv", a -> argv(command(a.get(0))));
        f.put("run_command", a -> run(command(a.get(0)), a.get(1)));
    }

    /** Upstream's three forms: a string, an argv list, or a list of argv lists. */
    static Command command(JsonNode cmd) {
        if (!cmd.isArray()) {
            return Command.shell(PerlScalars.textOrEmpty(cmd));
        }
        if (!cmd.isEmpty() && cmd.get(0).isArray()) {
            List<List<?>> members = new ArrayList<>();
            cmd.forEach(member -> members.add(pipelineWords(member)));
            return Command.pipeline(members);
        }
        return Command.of(words(cmd));
    }

    private static List<?> pipelineWords(JsonNode member) {
        List<Object> words = new ArrayList<>();
        for (JsonNode word : member) {
            words.add(word.isObject() && word.has("raw")
                    ? Arg.raw(PerlScalars.textOrEmpty(word.get("raw")))
                    : PerlScalars.textOrEmpty(word));
        }
        return words;
    }

    private static List<String> words(JsonNode list) {
        List<String> words = new ArrayList<>();
        list.forEach(word -> words.add(PerlScalars.textOrEmpty(word)));
        return words;
    }

    private static ObjectNode argv(Command command) {
        ObjectNode result = NODES.objectNode();
        result.set("argv", strings(command.argv()));
        result.put("cmdstr", command.cmdstr());
        return result;
    }

    private static ObjectNode run(Command command, JsonNode params) {
        ObjectNode result = NODES.objectNode();
        boolean noerr = PerlScalars.truthy(params.get("noerr"));
        for (String key : params.propertyNames()) {
            if (!RUN_PARAMETERS.contains(key)) {
                // upstream raises this inside its guarded region: wrapped, or swallowed by noerr
                if (noerr) {
                    result.put("rc", -1);
                    return result;
                }
                throw new CommandException("command '" + command.cmdstr()
                        + "' failed: got unknown parameter '" + key + "' for run_command\n");
            }
        }
        command = configure(command, params, result);
        result.put("rc", command.run());
        return result;
    }

    private static Command configure(Command command, JsonNode params, ObjectNode result) {
        Command c = command;
        if (PerlScalars.truthy(params.get("timeout"))) {
            double seconds = Double.parseDouble(PerlScalars.textOrEmpty(params.get("timeout")));
            c = c.timeout(Duration.ofNanos((long) (seconds * 1e9)));
        }
        if (params.has("umask") && !params.get("umask").isNull()) {
            c = c.umask(Integer.parseInt(PerlScalars.textOrEmpty(params.get("umask")), 8));
        }
        if (params.has("errmsg")) {
            c = c.errmsg(PerlScalars.textOrEmpty(params.get("errmsg")));
        }
        if (params.has("input") && !params.get("input").isNull()) {
            c = c.input(PerlScalars.textOrEmpty(params.get("input")));
        }
        c = c.noerr(PerlScalars.truthy(params.get("noerr")))
                .keeplocale(PerlScalars.truthy(params.get("keeplocale")))
                .quiet(PerlScalars.truthy(params.get("quiet")));
        if (PerlScalars.truthy(params.get("outfunc"))) {
            c = c.outfunc(collector(result, "out"));
        }
        if (PerlScalars.truthy(params.get("errfunc"))) {
            c = c.errfunc(collector(result, "err"));
        }
        if (PerlScalars.truthy(params.get("logfunc"))) {
            c = c.logfunc(collector(result, "log"));
        }
        return c;
    }

    private static Consumer<String> collector(ObjectNode result, String field) {
        ArrayNode lines = result.putArray(field);
        return lines::add;
    }

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }
}
