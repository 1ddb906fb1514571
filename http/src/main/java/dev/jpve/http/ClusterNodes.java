package dev.jpve.http;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the other nodes of a cluster answer (upstream's {@code remote_node_ip} and the pinned
 * node certificates), for {@code proxyto} forwarding.
 */
@FunctionalInterface
public interface ClusterNodes {
    /**
     * A node's API address.
     *
     * @param host the host name or address
     * @param port its API port (upstream: 8006)
     * @param fingerprint the SHA-256 fingerprint of its certificate; empty: any certificate
     */
    record Address(String host, int port, Optional<String> fingerprint) {
        /** Checks the arguments. */
        public Address {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(fingerprint, "fingerprint");
        }
    }

    /** The address of {@code node}; empty when it is unknown or offline. */
    Optional<Address> lookup(String node);

    /** A node alone: no other node can be reached. */
    static ClusterNodes none() {
        return node -> Optional.empty();
    }

    /** A fixed set of nodes. */
    static ClusterNodes of(Map<String, Address> nodes) {
        Map<String, Address> copy = Map.copyOf(nodes);
        return node -> Optional.ofNullable(copy.get(node));
    }
}
