/**
 * pve-cluster for the JVM: the {@link dev.jpve.cluster.ConfigStore} of cluster paths (upstream's
 * {@code /etc/pve}), its embedded default (a local directory) and etcd for several machines.
 */
module dev.jpve.cluster {
    requires transitive dev.jpve.common;
    requires java.net.http;

    exports dev.jpve.cluster;
}
