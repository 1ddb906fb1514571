/**
 * The cluster configuration store: files under cluster paths such as
 * {@code nodes/<node>/qemu-server/<vmid>.conf}, the VMID list with each guest's owning node, and
 * guest config creation and removal with upstream's messages. {@link dev.jpve.cluster.LocalConfigStore}
 * keeps them in a local directory, {@link dev.jpve.cluster.EtcdConfigStore} in an etcd cluster;
 * {@link dev.jpve.cluster.ConfigStores#open} chooses from a configuration string.
 *
 * {@snippet :
 * ConfigStore store = LocalConfigStore.open(Path.of("/var/lib/jpve/pve"), "pve1");
 * store.createConfig("qemu-server", 100, "lock: create\n".getBytes());   // fails if 100 exists anywhere
 * store.owner(100);                        // Optional[GuestEntry[vmid=100, node=pve1, type=qemu-server]]
 * store.read(ConfigStore.configPath("pve1", "qemu-server", 100));
 * }
 */
package dev.jpve.cluster;
