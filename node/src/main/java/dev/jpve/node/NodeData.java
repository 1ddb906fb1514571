package dev.jpve.node;

import dev.jpve.access.UserConfigStore;
import dev.jpve.cluster.ConfigStore;
import dev.jpve.cluster.ConfigStores;
import dev.jpve.http.AccessControl;
import dev.jpve.http.ApiTokens;
import dev.jpve.http.AuthKeys;
import dev.jpve.http.CheckExpressions;
import dev.jpve.http.UsersFileRealm;
import dev.jpve.node.app.AppGuests;
import dev.jpve.node.app.QemuImg;
import dev.jpve.rest.ApiHandler;
import dev.jpve.task.TaskLogDirectory;
import dev.jpve.task.TaskRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A node's state in its data directory, opened: the same for the daemon and for the command line
 * tools working on the node in-process ({@code auth/}: users, tokens, ticket keys, TLS
 * certificate; {@code tasks/}: task logs; {@code etc/}, {@code storage/}, {@code run/}: app
 * guests).
 *
 * @param dir the data directory
 * @param nodename the node's name
 * @param realm the built-in users' passwords
 * @param users the user config ({@code user.cfg}: users, groups, ACL, tokens)
 * @param access tickets, tokens and permission checks
 * @param tasks the task runner
 * @param store the cluster config store (guest configs)
 * @param apps the app guests
 */
public record NodeData(Path dir, String nodename, UsersFileRealm realm, UserConfigStore users, AccessControl access,
        TaskRunner tasks, ConfigStore store, AppGuests apps) implements AutoCloseable {

    /** The store of a node unless configured otherwise: a directory laid out like {@code /etc/pve}, {@code <data>/etc}. */
    public static final String LOCAL_STORE = "local";

    /**
     * Opens (and on first use creates) the data directory of node {@code nodename}.
     *
     * @param clusterLog where task starts and ends are logged (user, message)
     * @param qemuImg the detected {@code qemu-img}; empty: app volumes use file-copy snapshots
     * @param storeSpec the config store: {@code local} ({@code <data>/etc}) or
     *     {@code etcd:http://host:2379[,...][?prefix=/x/]} (see {@link ConfigStores#open})
     * @throws IOException if the directory cannot be created
     * @throws IllegalArgumentException for a store spec of no known kind
     */
    public static NodeData open(Path dir, String nodename, BiConsumer<String, String> clusterLog,
            Optional<QemuImg> qemuImg, String storeSpec) throws IOException {
        Path auth = Files.createDirectories(dir.resolve("auth"));
        UsersFileRealm realm = new UsersFileRealm(auth.resolve("users"));
        UserConfigStore users = new UserConfigStore(auth.resolve("user.cfg"));
        AccessControl access = AccessControl.builder(AuthKeys.loadOrCreate(auth), realm)
                .tokens(new ApiTokens(auth.resolve("tokens")))
                .permissionChecker(new CheckExpressions(users.privilegeSource())).build();
        TaskRunner tasks = TaskRunner.create(new TaskLogDirectory(dir.resolve("tasks")), nodename, clusterLog);
        ConfigStore store = ConfigStores.open(storeSpec, dir.resolve("etc"), nodename);
        return new NodeData(dir, nodename, realm, users, access, tasks, store, AppGuests.open(dir, store, qemuImg));
    }

    /** Closes the store's connections (an etcd store's HTTP client). */
    @Override
    public void close() throws Exception {
        if (store instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    /** The directory of TLS and ticket keys. */
    public Path authDir() {
        return dir.resolve("auth");
    }

    /** The node's whole API tree over this state. */
    public ApiHandler tree() {
        return tree(java.util.Map.of());
    }

    /**
     * The node's whole API tree over this state, with more handlers at
     * {@code /nodes/{node}/<name>}.
     */
    public ApiHandler tree(java.util.Map<String, ApiHandler> nodeHandlers) {
        return NodeApi.tree(this, nodeHandlers);
    }
}
