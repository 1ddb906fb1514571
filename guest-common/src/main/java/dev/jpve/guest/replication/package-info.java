/**
 * Storage replication jobs ({@code /etc/pve/replication.cfg}, upstream {@code PVE::ReplicationConfig}
 * and the scheduling rule of {@code PVE::ReplicationState}, spec guest.md 3.2).
 *
 * {@snippet :
 * ReplicationConfigs file = new ReplicationConfigs(store);
 * file.read().checkForExistingJobs(100, false);   // fails when guest 100 has a job
 * file.switchReplicationJobTarget(100, "pve2", "pve1");   // after migrating 100 from pve1 to pve2
 * }
 */
package dev.jpve.guest.replication;
