/**
 * pve-guest-common for the JVM: the guest config file formats of qemu-server and pve-container
 * (parsed model, codecs, digest) and the first part of the config engine.
 */
module dev.jpve.guest {
    requires transitive dev.jpve.common;
    requires transitive dev.jpve.cluster;

    exports dev.jpve.guest;
    exports dev.jpve.guest.replication;
}
