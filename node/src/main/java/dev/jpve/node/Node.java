package dev.jpve.node;

import dev.jpve.http.ApiAdapter;
import dev.jpve.http.ClusterNodes;
import dev.jpve.http.Server;
import dev.jpve.rest.ApiHandler;
import dev.jpve.http.UsersFileRealm;
import dev.jpve.node.app.AppGuests;
import dev.jpve.node.app.QemuImg;
import dev.jpve.procfs.NodeName;
import dev.jpve.task.TaskRunner;
import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;

/**
 * A running jpve node: the API tree on the HTTP server, with its state in one data directory
 * ({@code auth/}: users, tokens, ticket keys, TLS certificate; {@code tasks/}: task logs, the
 * active list and the index; {@code etc/}: guest configs as {@code nodes/<node>/app/<vmid>.conf};
 * {@code storage/}: app volumes; {@code run/}: app pid, log and lock files).
 *
 * <p>On first start the administrator {@code root@pam} is created, with the password given (from
 * {@code JPVE_ROOT_PASSWORD}) or a random one printed once.
 *
 * {@snippet :
 * try (Node node = Node.start(new Node.Config(Path.of("data"), "127.0.0.1", 8006, true,
 *         NodeName.read(), Optional.empty()), System.out)) {
 *     node.join();
 * }
 * }
 */
public final class Node implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Node.class);

    /** The administrator created on first start. */
    public static final String ADMIN = "root@pam";

    private final Server server;
    private final TaskRunner tasks;
    private final NodeData data;

    /**
     * How a node runs.
     *
     * @param dataDir where its state lives
     * @param host the address to listen on
     * @param port the port (0: any free one)
     * @param tls whether to serve HTTPS (a self-signed certificate is made at first start)
     * @param nodename this node's name
     * @param adminPassword the password of {@code root@pam} on first start; empty: a random one
     * @param store the guest config store: {@code local} or {@code etcd:http://host:2379[,...]}
     */
    public record Config(Path dataDir, String host, int port, boolean tls, String nodename,
            Optional<String> adminPassword, String store) {
        /** Checks the arguments. */
        public Config {
            Objects.requireNonNull(dataDir, "dataDir");
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(nodename, "nodename");
            Objects.requireNonNull(adminPassword, "adminPassword");
            Objects.requireNonNull(store, "store");
        }

        /** A node with its guest configs in the local store ({@code <data>/etc}). */
        public Config(Path dataDir, String host, int port, boolean tls, String nodename, Optional<String> adminPassword) {
            this(dataDir, host, port, tls, nodename, adminPassword, NodeData.LOCAL_STORE);
        }
    }

    private Node(Server server, TaskRunner tasks, NodeData data) {
        this.server = server;
        this.tasks = tasks;
        this.data = data;
    }

    /**
     * Starts a node.
     *
     * @param out where the first-start password and the listening address are printed
     * @throws Exception if the data directory or the server cannot be set up
     */
    public static Node start(Config config, PrintStream out) throws Exception {
        return start(config, out, data -> Map.of());
    }

    /**
     * Starts a node that serves more API methods: the handlers made by {@code nodeHandlers} are
     * mounted at {@code /nodes/{node}/<name>}, beside the node's own.
     *
     * {@snippet :
     * Node.start(config, System.out, data -> Map.of("hello", HelloApi.handler(data.tasks())));
     * // GET /api2/json/nodes/{node}/hello/...
     * }
     *
     * @param nodeHandlers makes the handlers, by directory name, from the node's opened state
     * @throws Exception if the data directory or the server cannot be set up
     */
    public static Node start(Config config, PrintStream out, Function<NodeData, Map<String, ApiHandler>> nodeHandlers)
            throws Exception {
        NodeData data = NodeData.open(config.dataDir(), config.nodename(),
                (user, msg) -> LOG.info("<{}> {}", user, msg), detectQemuImg(out), config.store());
        createAdmin(data.realm(), config.adminPassword(), out);
        TaskRunner tasks = data.tasks();
        AppGuests apps = data.apps();
        ApiAdapter adapter = ApiAdapter.builder(data.tree(nodeHandlers.apply(data)), data.access()).tasks(tasks)
                .cluster(config.nodename(), ClusterNodes.none()).build();
        startAppsOnBoot(apps, tasks);
        Server server = Server.builder(adapter).host(config.host()).port(config.port()).tls(config.tls())
                .stateDir(data.authDir()).accessLog(config.dataDir().resolve("log/access.log")).start();
        out.println("jpve node '" + config.nodename() + "' listening on " + (config.tls() ? "https" : "http") + "://"
                + config.host() + ":" + server.port() + "/api2/json");
        return new Node(server, tasks, data);
    }

    /** Starts the apps marked {@code onboot} in a {@code startall} task, as upstream's pve-guests service does. */
    private static void startAppsOnBoot(AppGuests apps, TaskRunner tasks) throws java.io.IOException {
        boolean any = false;
        for (int vmid : apps.list()) {
            try {
                any |= apps.configs().load(vmid).main().get("onboot").filter("1"::equals).isPresent();
            } catch (RuntimeException e) {
                LOG.warn("app {}: {}", vmid, e.getMessage());
            }
        }
        if (any) {
            tasks.start("startall", "", ADMIN, task -> {
                if (apps.startOnBoot(task::log) > 0) {
                    task.warn("some apps failed to start");
                }
            });
        }
    }

    /** Looks for qemu-img once; without it app volumes are snapshotted as file copies. */
    private static Optional<QemuImg> detectQemuImg(PrintStream out) {
        Optional<QemuImg> found = QemuImg.detect();
        if (found.isEmpty()) {
            out.println("qemu-img not found (install qemu-utils): app volumes use file-copy snapshots");
        }
        return found;
    }

    private static void createAdmin(UsersFileRealm realm, Optional<String> password, PrintStream out) {
        if (realm.isEnabled(ADMIN)) {
            return;
        }
        String pw = password.filter(p -> !p.isEmpty()).orElseGet(Node::randomPassword);
        realm.setPassword(ADMIN, pw);
        if (password.filter(p -> !p.isEmpty()).isEmpty()) {
            out.println("created " + ADMIN + " with password: " + pw + "  (shown only this once)");
        } else {
            out.println("created " + ADMIN + " with the password from JPVE_ROOT_PASSWORD");
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The port the node listens on. */
    public int port() {
        return server.port();
    }

    /** The node's task runner. */
    public TaskRunner tasks() {
        return tasks;
    }

    /** Waits until the node stops. */
    public void join() throws InterruptedException {
        server.join();
    }

    @Override
    public void close() throws Exception {
        try {
            server.close();
        } finally {
            data.close();
        }
    }
}
