package dev.jpve.node.app;

import dev.jpve.cli.CliExit;
import dev.jpve.cli.CliTool;
import dev.jpve.cli.Command;
import dev.jpve.cli.CommandGroup;
import dev.jpve.cli.OutputHandler;
import dev.jpve.guest.PendingView;
import dev.jpve.guest.SnapshotTree;
import dev.jpve.rest.ApiHandler;
import dev.jpve.rest.TaskEnvironment;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import dev.jpve.task.TaskStatus;
import dev.jpve.tools.TextEncoding;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * {@code jpve-app}, the app guest type's command line tool, made like upstream's {@code qm} and
 * {@code pct}: every command is an API method of {@link AppApi} called in-process as
 * {@code root@pam} with {@code node} fixed to the local node; tasks run in the foreground with
 * their log shown, and a failed task ends the command with exit status 255.
 *
 * <pre>
 * jpve-app list
 * jpve-app create|destroy|start|stop|shutdown|status|config|pending|set|listsnapshot VMID [OPTIONS]
 * jpve-app snapshot|delsnapshot|rollback VMID SNAPNAME [OPTIONS]
 * </pre>
 */
public final class AppCli {
    /** The executable's name. */
    public static final String EXE = "jpve-app";
    /** The user commands run as. */
    public static final String USER = "root@pam";

    private AppCli() {}

    /**
     * The tool over a node's app guests.
     *
     * @param apps the node's app guests
     * @param nodename the local node's name (the fixed {@code node} parameter)
     * @param tasks makes the node's task runner when a command starts a task
     * @param taskLogs where the task logs are, to read how a task ended
     */
    public static CliTool tool(AppGuests apps, String nodename, Supplier<TaskRunner> tasks, TaskLogDirectory taskLogs) {
        ApiHandler api = AppApi.handler(apps);
        ApiHandler snaps = AppSnapshotApi.handler(apps);
        Map<String, String> node = Map.of("node", nodename);
        OutputHandler upidExit = upidExit(taskLogs);
        CommandGroup commands = CommandGroup.builder()
                .add("list", Command.of(api, "vmlist").withFixed(node).withOutput(AppCli::printList))
                .add("create", Command.of(api, "create_vm").withArgs("vmid").withFixed(node).withOutput(upidExit))
                .add("destroy", Command.of(api, "destroy_vm").withArgs("vmid").withFixed(node).withOutput(upidExit))
                .add("start", Command.of(api, "vm_start").withArgs("vmid").withFixed(node).withOutput(upidExit))
                .add("stop", Command.of(api, "vm_stop").withArgs("vmid").withFixed(node).withOutput(upidExit))
                .add("shutdown", Command.of(api, "vm_shutdown").withArgs("vmid").withFixed(node).withOutput(upidExit))
                .add("status", Command.of(api, "vm_status").withArgs("vmid").withFixed(node)
                        .withOutput((r, s, p, io) -> io.out().print("status: " + r.path("status").asString() + "\n")))
                .add("config", Command.of(api, "vm_config").withArgs("vmid").withFixed(node).withOutput(AppCli::printConfig))
                .add("pending", Command.of(api, "vm_pending").withArgs("vmid").withFixed(node)
                        .withOutput((r, s, p, io) -> io.out().print(PendingView.formatPending(pendingItems(r)))))
                .add("set", Command.of(api, "update_vm").withArgs("vmid").withFixed(node))
                .add("snapshot", Command.of(snaps, "snapshot").withArgs("vmid", "snapname").withFixed(node)
                        .withOutput(upidExit))
                .add("delsnapshot", Command.of(snaps, "delsnapshot").withArgs("vmid", "snapname").withFixed(node)
                        .withOutput(upidExit))
                .add("rollback", Command.of(snaps, "rollback").withArgs("vmid", "snapname").withFixed(node)
                        .withOutput(upidExit))
                .add("listsnapshot", Command.of(snaps, "snapshot_list").withArgs("vmid").withFixed(node)
                        .withOutput((r, s, p, io) -> io.out().print(SnapshotTree.render(snapshotEntries(r),
                                ZoneId.systemDefault()))))
                .build();
        return CliTool.builder(EXE, commands)
                .environment(io -> TaskEnvironment.cli(USER, tasks, io.out(), io.err()))
                .build();
    }

    /** Upstream's {@code $upid_exit}: exit 0 when the task ended OK, else 255 (Perl's {@code exit(-1)}). */
    private static OutputHandler upidExit(TaskLogDirectory taskLogs) {
        return (result, returns, params, io) -> {
            String status = taskLogs.readStatus(result.asString());
            if (!TaskStatus.OK.equals(status)) {
                throw new CliExit(255);
            }
        };
    }

    /** {@code qm list}'s table: nothing for no guests, else a header and one line per guest by vmid. */
    static void printList(JsonNode result, Optional<dev.jpve.schema.Schema> returns,
            tools.jackson.databind.node.ObjectNode params, dev.jpve.cli.CliIo io) {
        if (result.isEmpty()) {
            return;
        }
        List<JsonNode> rows = new ArrayList<>();
        result.forEach(rows::add);
        rows.sort(Comparator.comparingLong(r -> r.path("vmid").asLong()));
        StringBuilder out = new StringBuilder(String.format("%10s %-20s %-10s %-10s %-10s%n", "VMID", "NAME", "STATUS",
                "MEM(MB)", "PID"));
        for (JsonNode r : rows) {
            String status = r.path("qmpstatus").asString(r.path("status").asString(""));
            long maxmem = r.path("maxmem").asLong(0);
            String mem = maxmem % (1024 * 1024) == 0 ? Long.toString(maxmem / (1024 * 1024))
                    : Double.toString(maxmem / (1024.0 * 1024));
            out.append(String.format("%10s %-20s %-10s %-10s %-10s%n", r.path("vmid").asString(),
                    r.path("name").asString(""), status, mem, r.path("pid").asLong(0)));
        }
        io.out().print(out);
    }

    /** {@code qm config}'s output: {@code key: value} sorted by key, without the digest, the description encoded. */
    static void printConfig(JsonNode result, Optional<dev.jpve.schema.Schema> returns,
            tools.jackson.databind.node.ObjectNode params, dev.jpve.cli.CliIo io) {
        TreeMap<String, String> sorted = new TreeMap<>();
        result.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asString()));
        StringBuilder out = new StringBuilder();
        sorted.forEach((k, v) -> {
            if (!k.equals("digest")) {
                out.append(k).append(": ").append(k.equals("description") ? TextEncoding.encode(v) : v).append('\n');
            }
        });
        io.out().print(out);
    }

    private static List<PendingView.Item> pendingItems(JsonNode result) {
        List<PendingView.Item> items = new ArrayList<>();
        for (JsonNode r : result) {
            items.add(new PendingView.Item(r.path("key").asString(), text(r, "value"), text(r, "pending"),
                    r.has("delete") ? OptionalInt.of(r.path("delete").asInt()) : OptionalInt.empty()));
        }
        return items;
    }

    private static List<SnapshotTree.Entry> snapshotEntries(JsonNode result) {
        List<SnapshotTree.Entry> entries = new ArrayList<>();
        for (JsonNode r : result) {
            entries.add(new SnapshotTree.Entry(r.path("name").asString(), text(r, "parent"),
                    r.has("snaptime") ? OptionalLong.of(r.path("snaptime").asLong()) : OptionalLong.empty(),
                    text(r, "description")));
        }
        return entries;
    }

    private static Optional<String> text(JsonNode row, String field) {
        JsonNode v = row.get(field);
        return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asString());
    }
}
