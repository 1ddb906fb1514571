package dev.jpve.node;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Optional;

/**
 * {@code jpve start [--data DIR] [--host ADDR] [--port N] [--no-tls] [--node NAME] [--store SPEC]}: runs a node
 * in the foreground until it is stopped.
 */
public final class NodeMain {
    static final String USAGE = """
            usage: jpve start [--data DIR] [--host ADDR] [--port N] [--no-tls] [--node NAME] [--store SPEC]
              --data DIR    the data directory (default: $JPVE_DATA, else ./data)
              --host ADDR   the address to listen on (default: 127.0.0.1)
              --port N      the port (default: 8006)
              --no-tls      serve plain HTTP instead of HTTPS
              --node NAME   the node's name (default: $JPVE_NODE, else the short host name)
              --store SPEC  where guest configs live: local (DIR/etc) or
                            etcd:http://HOST:2379[,http://HOST2:2379][?prefix=/jpve/]
                            (default: $JPVE_STORE, else local)
            On first start root@pam is created with the password in JPVE_ROOT_PASSWORD, or a random
            one that is printed once.
            """;

    private NodeMain() {}

    /** Runs {@code jpve}. */
    public static void main(String[] args) throws Exception {
        Deque<String> a = new ArrayDeque<>(Arrays.asList(args));
        if (a.contains("--help") || a.contains("-h") || (!a.isEmpty() && a.peek().equals("help"))) {
            System.out.print(USAGE);
            return;
        }
        if (a.isEmpty() || !a.peek().equals("start")) {
            System.err.print((a.isEmpty() ? "ERROR: no command specified\n" : "ERROR: unknown command '" + a.peek()
                    + "'\n") + USAGE);
            System.exit(255);
        }
        a.pop();
        Node.Config config;
        try {
            config = parse(a);
        } catch (IllegalArgumentException e) {
            System.err.print("ERROR: " + e.getMessage() + "\n" + USAGE);
            System.exit(255);
            return;
        }
        try (Node node = Node.start(config, System.out)) {
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    node.close();
                } catch (Exception e) {
                    // the JVM is going down anyway
                }
            }));
            node.join();
        }
    }

    static Node.Config parse(Deque<String> a) {
        NodeEnvironment env = NodeEnvironment.of(System.getenv());
        Path data = env.dataDir();
        String host = "127.0.0.1";
        int port = 8006;
        boolean tls = true;
        String nodename = env.nodename();
        String store = env.store();
        while (!a.isEmpty()) {
            String opt = a.pop();
            switch (opt) {
                case "--data" -> data = Path.of(value(a, opt));
                case "--host" -> host = value(a, opt);
                case "--port" -> port = port(value(a, opt));
                case "--no-tls" -> tls = false;
                case "--node" -> nodename = value(a, opt);
                case "--store" -> store = value(a, opt);
                default -> throw new IllegalArgumentException("unknown option '" + opt + "'");
            }
        }
        return new Node.Config(data, host, port, tls, nodename, Optional.ofNullable(System.getenv("JPVE_ROOT_PASSWORD")), store);
    }

    private static String value(Deque<String> a, String opt) {
        if (a.isEmpty()) {
            throw new IllegalArgumentException("option '" + opt + "' needs a value");
        }
        return a.pop();
    }

    private static int port(String text) {
        try {
            int p = Integer.parseInt(text);
            if (p < 0 || p > 65535) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port '" + text + "'");
        }
    }
}
