package dev.jpve.node.shell;

import dev.jpve.cli.ApiResultPrinter;
import dev.jpve.cli.ArgParam;
import dev.jpve.cli.CliIo;
import dev.jpve.cli.MethodUsage;
import dev.jpve.cli.OutputFormat;
import dev.jpve.cli.OutputOptions;
import dev.jpve.cli.SortKey;
import dev.jpve.cli.StandardOutputOptions;
import dev.jpve.cli.UsageFormat;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.ApiMethod;
import dev.jpve.rest.HandlerMatch;
import dev.jpve.rest.HttpMethod;
import dev.jpve.rest.RestEnvironment;
import dev.jpve.schema.ArraySchema;
import dev.jpve.schema.NullSchema;
import dev.jpve.schema.ObjectSchema;
import dev.jpve.schema.PerlScalar;
import dev.jpve.schema.Schema;
import dev.jpve.task.Upid;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The methods behind jpvesh's commands (upstream's {@code PVE::CLI::pvesh} methods): each runs
 * the API method at its path in-process and prints the result.
 */
final class ShellMethods {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ShellContext ctx;
    private final CliIo io;
    private final boolean extractStd;

    ShellMethods(ShellContext ctx, CliIo io, boolean extractStd) {
        this.ctx = ctx;
        this.io = io;
        this.extractStd = extractStd;
    }

    /** The shell's own handler, its methods taking {@code props} as parameters. */
    ApiHandler handler(Map<String, Schema> props) {
        ObjectSchema params = objectOf(props);
        ApiHandler.Builder b = ApiHandler.builder("PVE::CLI::pvesh")
                .register(method("ls", HttpMethod.GET, "List child objects on <api_path>.", params)
                        .code((p, env) -> ls(p, env)).build());
        for (ShellCommand c : ShellCommand.values()) {
            b.register(method(c.word(), c.http(), "Call API " + c.http() + " on <api_path>.", params)
                    .code((p, env) -> call(c, p, env)).build());
        }
        return b.register(method("usage", HttpMethod.GET, "print API usage information for <api_path>.",
                objectOf(ShellOptions.usageProperties())).code((p, env) -> usage(p)).build()).build();
    }

    private static ObjectSchema objectOf(Map<String, Schema> props) {
        ObjectSchema.Builder b = ObjectSchema.builder().additionalProperties(false);
        props.forEach(b::property);
        return b.build();
    }

    private static ApiMethod.Builder method(String name, HttpMethod http, String description, ObjectSchema params) {
        return ApiMethod.builder(name).path(name).method(http).description(description).parameters(params)
                .returns(NullSchema.builder().build());
    }

    private JsonNode call(ShellCommand cmd, ObjectNode params, RestEnvironment env) {
        String path = PerlScalar.text(params.remove("api_path"));
        ObjectNode std = extractStd ? StandardOutputOptions.extract(params) : NODES.objectNode();
        boolean quiet = ctx.nooutput() || truthy(std.get("quiet"));
        HandlerMatch m = ctx.api().findHandler(cmd.http(), path).orElseThrow(() ->
                new ShellException("no '" + cmd.word() + "' handler for '" + path + "'\n"));
        JsonNode data = run(m, path, params, env);
        ctx.remote().ifPresent(remote -> remoteTask(data).ifPresent(upid -> remote.followTask(upid, io.out(), io.err())));
        if (!quiet) {
            io.out().print(ApiResultPrinter.standard().printApiResult(data, m.method().returns(), Optional.empty(),
                    OutputOptions.fromParams(std), io.terminal()));
        }
        return null;
    }

    private JsonNode ls(ObjectNode params, RestEnvironment env) {
        String path = PerlScalar.text(params.remove("api_path"));
        ObjectNode std = StandardOutputOptions.extract(params);
        HandlerMatch m = ctx.api().findHandler(HttpMethod.GET, path).orElseThrow(() ->
                new ShellException("no such resource '" + path + "'\n"));
        JsonNode link = ResourceCaps.childLink(m.method()).orElseThrow(() ->
                new ShellException("resource '" + path + "' does not define child links\n"));
        JsonNode data = run(m, path, params, env);
        ArrayNode res = NODES.arrayNode();
        for (String c : ResourceCaps.children(link, data)) {
            res.addObject().put("name", c).put("capabilities", ResourceCaps.of(ctx.api(), path + "/" + c));
        }
        Schema schema = ArraySchema.builder().items(ObjectSchema.builder().build()).build();
        OutputOptions options = OutputOptions.fromParams(std, OutputOptions.PLAIN)
                .withSortKey(new SortKey.Column("name"));
        io.out().print(ApiResultPrinter.standard().printApiResult(res, Optional.of(schema),
                Optional.of(List.of("capabilities", "name")), options, io.terminal()));
        return null;
    }

    private JsonNode run(HandlerMatch m, String path, ObjectNode params, RestEnvironment env) {
        return ctx.call(m, path, params, env, truthy(params.remove("noproxy")));
    }

    private JsonNode usage(ObjectNode params) {
        String path = PerlScalar.text(params.get("api_path"));
        Optional<String> only = Optional.ofNullable(params.get("command")).map(PerlScalar::text);
        boolean verbose = truthy(params.get("verbose"));
        boolean returns = truthy(params.get("returns"));
        boolean found = false;
        for (ShellCommand c : ShellCommand.values()) {
            if (only.isPresent() && !only.get().equals(c.word())) {
                continue;
            }
            Optional<HandlerMatch> m = ctx.api().findHandler(c.http(), path);
            if (m.isEmpty()) {
                continue;
            }
            found = true;
            ApiMethod method = m.get().method();
            String text = MethodUsage.usage(method, ctx.exe() + " " + c.word() + " " + path, ArgParam.none(),
                    m.get().uriParams(), verbose ? UsageFormat.FULL : UsageFormat.SHORT, Map.of(), Map.of(),
                    m.get().handler().formats());
            io.out().print(verbose ? text : "USAGE: " + text);
            if (returns) {
                JsonNode schema = method.toJson().path("returns");
                io.out().print("RETURNS: " + ApiResultPrinter.standard().printApiResult(schema, Optional.empty(),
                        Optional.empty(), OutputOptions.DEFAULT.withFormat(OutputFormat.JSON_PRETTY),
                        io.terminal()) + "\n");
            }
        }
        if (!found) {
            throw new ShellException(only.map(c -> "no '" + c + "' handler for '" + path + "'\n")
                    .orElse("no such resource '" + path + "'\n"));
        }
        return null;
    }

    /** The task a remote method started, when its result is a UPID: it is followed as a local task runs. */
    private static Optional<Upid> remoteTask(JsonNode data) {
        if (data == null || !data.isString() || !data.asString().startsWith("UPID:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Upid.decode(data.asString()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Perl truth of an option value: defined, not empty and not {@code 0}. */
    private static boolean truthy(JsonNode value) {
        if (PerlScalar.isUndefined(value)) {
            return false;
        }
        String t = PerlScalar.text(value);
        return !t.isEmpty() && !t.equals("0");
    }
}
