package dev.jpve.node.shell;

import dev.jpve.cli.CliIo;
import dev.jpve.http.AccessControl;
import dev.jpve.http.ApiTokens;
import dev.jpve.http.AuthKeys;
import dev.jpve.http.UsersFileRealm;
import dev.jpve.node.Node;
import dev.jpve.node.NodeApi;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code jpvesh ...}: runs {@link Jpvesh} against the local node's data directory
 * ({@code $JPVE_DATA}, else {@code ./data}) and node name ({@code $JPVE_NODE}, else the short
 * host name).
 */
public final class JpveshMain {
    private JpveshMain() {}

    /** Runs jpvesh and exits with its status. */
    public static void main(String[] args) throws Exception {
        CliIo io = CliIo.system();
        System.exit(of(Path.of(env("JPVE_DATA", "data")), env("JPVE_NODE", Node.localName())).run(List.of(args), io));
    }

    /**
     * A shell over the node whose state is in {@code dataDir}.
     *
     * @param dataDir the node's data directory (created if missing)
     * @param nodename the node's name
     * @throws Exception if the data directory cannot be set up
     */
    public static Jpvesh of(Path dataDir, String nodename) throws Exception {
        Path auth = dataDir.resolve("auth");
        Files.createDirectories(auth);
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(auth), new UsersFileRealm(auth.resolve("users")))
                .tokens(new ApiTokens(auth.resolve("tokens"))).build();
        TaskRunner tasks = TaskRunner.create(new TaskLogDirectory(dataDir.resolve("tasks")), nodename, (u, m) -> { });
        return new Jpvesh(NodeApi.tree(nodename, access, tasks), nodename, tasks);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
