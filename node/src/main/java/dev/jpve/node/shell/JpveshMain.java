package dev.jpve.node.shell;

import dev.jpve.cli.CliIo;
import dev.jpve.node.NodeData;
import dev.jpve.node.NodeEnvironment;
import dev.jpve.node.app.QemuImg;
import dev.jpve.schema.ApiException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jpvesh [REMOTE OPTIONS] COMMAND ...}: runs {@link Jpvesh} against the local node's data
 * directory ({@code $JPVE_DATA}, else {@code ./data}) and node name ({@code $JPVE_NODE}, else
 * the short host name), or with {@code --host URL} against a remote node over HTTPS.
 *
 * <p>Remote options, before the command: {@code --host URL}, {@code --user USER} (default
 * {@code root@pam}; the password comes from {@code $JPVE_PASSWORD}), {@code --token
 * 'user@realm!id=secret'}, {@code --insecure} (accept any certificate), {@code --fingerprint
 * SHA256} (accept only the certificate with this fingerprint).
 */
public final class JpveshMain {
    private static final int EXIT_ERROR = 255;

    private JpveshMain() {}

    /** Runs jpvesh and exits with its status. */
    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args), CliIo.system()));
    }

    /**
     * Runs one command line, with the remote options.
     *
     * @return the exit status
     */
    public static int run(List<String> argv, CliIo io) {
        List<String> args = new ArrayList<>(argv);
        Map<String, String> env = io.env();
        try {
            Optional<RemoteApi> remote = remote(args, env);
            NodeEnvironment node = NodeEnvironment.of(env);
            Jpvesh sh = of(node.dataDir(), node.nodename(), node.store());
            return (remote.isPresent() ? sh.withRemote(remote.get()) : sh).run(args, io);
        } catch (ApiException e) {
            io.err().print(e.toText());
        } catch (Exception e) {
            String msg = String.valueOf(e.getMessage());
            io.err().print(msg.endsWith("\n") ? msg : msg + "\n");
        }
        return EXIT_ERROR;
    }

    private static Optional<RemoteApi> remote(List<String> args, Map<String, String> env) {
        String host = null;
        String user = Jpvesh.USER;
        String token = null;
        RemoteApi.Trust trust = new RemoteApi.Trust.System();
        while (!args.isEmpty() && List.of("--host", "--user", "--token", "--insecure", "--fingerprint")
                .contains(args.getFirst())) {
            String opt = args.removeFirst();
            switch (opt) {
                case "--insecure" -> trust = new RemoteApi.Trust.Insecure();
                case "--host" -> host = value(args, opt);
                case "--user" -> user = value(args, opt);
                case "--token" -> token = value(args, opt);
                default -> trust = new RemoteApi.Trust.Fingerprint(value(args, opt));
            }
        }
        if (host == null) {
            if (token != null) {
                throw new IllegalArgumentException("option '--token' needs '--host'");
            }
            return Optional.empty();
        }
        RemoteApi.Credentials creds;
        if (token != null) {
            creds = new RemoteApi.Credentials.Token(token);
        } else {
            String pw = env.get("JPVE_PASSWORD");
            if (pw == null) {
                throw new IllegalArgumentException("no password: set JPVE_PASSWORD or use --token");
            }
            creds = new RemoteApi.Credentials.Password(user, pw);
        }
        return Optional.of(RemoteApi.connect(host, creds, trust));
    }

    private static String value(List<String> args, String opt) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("option '" + opt + "' needs a value");
        }
        return args.removeFirst();
    }

    /**
     * A shell over the node whose state is in {@code dataDir}.
     *
     * @param dataDir the node's data directory (created if missing)
     * @param nodename the node's name; null: the short host name
     * @throws Exception if the data directory cannot be set up
     */
    public static Jpvesh of(Path dataDir, String nodename) {
        return of(dataDir, nodename, NodeData.LOCAL_STORE);
    }

    /**
     * A shell over the node whose state is in {@code dataDir}, with its guest configs in the
     * store {@code storeSpec} ({@code local}, or {@code etcd:...} as the node's {@code --store}).
     */
    public static Jpvesh of(Path dataDir, String nodename, String storeSpec) {
        String name = nodename == null ? dev.jpve.procfs.NodeName.read() : nodename;
        return Jpvesh.lazy(() -> localNode(dataDir, name, storeSpec), name);
    }

    private static Jpvesh.LocalNode localNode(Path dataDir, String name, String storeSpec) {
        try {
            NodeData data = NodeData.open(dataDir, name, (u, m) -> { }, QemuImg.detect(), storeSpec);
            return new Jpvesh.LocalNode(data.tree(), data.tasks());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot set up the data directory " + dataDir + ": " + e.getMessage(), e);
        }
    }
}
