package dev.jpve.node.app;

import dev.jpve.cli.CliIo;
import dev.jpve.cluster.ConfigStores;
import dev.jpve.procfs.NodeName;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code jpve-app COMMAND ...}: runs {@link AppCli} on the local node's data directory
 * ({@code $JPVE_DATA}, else {@code ./data}) and node name ({@code $JPVE_NODE}, else the short
 * host name), the same state a running node uses; guest configs in the store {@code $JPVE_STORE}
 * ({@code local}, the default, or {@code etcd:...} as the node's {@code --store}).
 */
public final class AppCliMain {
    private AppCliMain() {}

    /** Runs jpve-app and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(List.of(args), CliIo.system()));
    }

    /**
     * Runs one command line.
     *
     * @return the exit status
     */
    public static int run(List<String> args, CliIo io) {
        Map<String, String> env = io.env();
        Path data = Path.of(env.getOrDefault("JPVE_DATA", "").isEmpty() ? "data" : env.get("JPVE_DATA"));
        String node = env.getOrDefault("JPVE_NODE", "").isEmpty() ? NodeName.read() : env.get("JPVE_NODE");
        TaskLogDirectory logs = new TaskLogDirectory(data.resolve("tasks"));
        String store = env.getOrDefault("JPVE_STORE", "").isEmpty() ? "local" : env.get("JPVE_STORE");
        AppGuests apps = AppGuests.open(data, ConfigStores.open(store, data.resolve("etc"), node), QemuImg.detect());
        return AppCli.tool(apps, node, () -> TaskRunner.create(logs, node, (user, msg) -> { }), logs).run(args, io);
    }
}
