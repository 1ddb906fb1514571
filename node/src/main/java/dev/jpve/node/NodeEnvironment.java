package dev.jpve.node;

import dev.jpve.procfs.NodeName;
import java.nio.file.Path;
import java.util.Map;

/**
 * Which node the programs of a checkout work on, from the environment they share: the data
 * directory ({@code $JPVE_DATA}, else {@code ./data}), the node's name ({@code $JPVE_NODE}, else
 * the short host name) and the guest config store ({@code $JPVE_STORE}, else {@code local}). The
 * daemon, jpvesh and jpve-app read the same variables, so they agree on one node's state.
 *
 * @param dataDir the data directory
 * @param nodename the node's name
 * @param store the config store spec ({@link NodeData#open})
 */
public record NodeEnvironment(Path dataDir, String nodename, String store) {
    /** The node the environment names; unset and empty variables take their defaults. */
    public static NodeEnvironment of(Map<String, String> env) {
        return new NodeEnvironment(Path.of(value(env, "JPVE_DATA", "data")), value(env, "JPVE_NODE", null),
                value(env, "JPVE_STORE", NodeData.LOCAL_STORE));
    }

    /** Checks the arguments; a null node name is the short host name. */
    public NodeEnvironment {
        java.util.Objects.requireNonNull(dataDir, "dataDir");
        java.util.Objects.requireNonNull(store, "store");
        nodename = nodename == null ? NodeName.read() : nodename;
    }

    private static String value(Map<String, String> env, String name, String fallback) {
        String v = env.get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }
}
