package dev.jpve.node.app;

import dev.jpve.cli.CliIo;
import dev.jpve.cluster.ConfigStores;
import dev.jpve.node.NodeEnvironment;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.nio.file.Path;
import java.util.List;

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
        NodeEnvironment local = NodeEnvironment.of(io.env());
        Path data = local.dataDir();
        String node = local.nodename();
        TaskLogDirectory logs = new TaskLogDirectory(data.resolve("tasks"));
        AppGuests apps = AppGuests.open(data, ConfigStores.open(local.store(), data.resolve("etc"), node), QemuImg.detect());
        return AppCli.tool(apps, node, () -> TaskRunner.create(logs, node, (user, msg) -> { }), logs).run(args, io);
    }
}
