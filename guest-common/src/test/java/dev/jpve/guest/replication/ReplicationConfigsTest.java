package dev.jpve.guest.replication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jpve.cluster.LocalConfigStore;
import dev.jpve.cluster.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replication.cfg changes made under the file's cluster lock in a local store. */
class ReplicationConfigsTest {
    @TempDir
    Path root;

    private ReplicationConfigs file() {
        return new ReplicationConfigs(LocalConfigStore.open(root, "pve1"));
    }

    private void given(String text) throws IOException {
        Files.writeString(root.resolve("replication.cfg"), text);
    }

    private String text() throws IOException {
        return Files.readString(root.resolve("replication.cfg"));
    }

    @Test
    void aMissingFileHasNoJobs() throws IOException {
        assertThat(file().read().jobs()).isEmpty();
    }

    @Test
    void deleteJobRemovesOneSection() throws IOException {
        given(ReplicationConfigTest.EXAMPLE);
        file().deleteJob("101-1");
        assertThat(text()).isEqualTo(ReplicationConfigTest.JOB_100);
    }

    @Test
    void removeVmidJobsRemovesEveryJobOfTheGuest() throws IOException {
        given(ReplicationConfigTest.EXAMPLE + "local: 100-1\n\ttarget pve5\n");
        file().removeVmidJobs(100);
        assertThat(text()).isEqualTo(ReplicationConfigTest.JOB_101);
    }

    @Test
    void switchReplicationJobTargetIsWritten() throws IOException {
        given(ReplicationConfigTest.JOB_100);
        file().switchReplicationJobTarget(100, "pve2", "pve1");
        assertThat(text()).isEqualTo("local: 100-0\n\ttarget pve1\n\trate 50\n\tschedule */30\n\tsource pve2\n\n");
    }

    @Test
    void aFailingChangeComesOutWithTheCfsLockPrefixAndLeavesTheFile() throws IOException {
        given(ReplicationConfigTest.JOB_100);
        assertThatThrownBy(() -> file().update(cfg -> cfg.with(ReplicationJob.local(100, 1, "pve2"))))
                .isInstanceOf(StoreException.class).hasMessage("cfs-lock 'file-replication_cfg' error: "
                        + "replication job for guest '100' to target 'local/pve2' already exists");
        assertThat(text()).isEqualTo(ReplicationConfigTest.JOB_100);
    }
}
