package dev.jpve.bench;

import dev.jpve.cluster.LocalConfigStore;
import dev.jpve.guest.ConfigSection;
import dev.jpve.guest.GuestConfigs;
import dev.jpve.guest.GuestKind;
import dev.jpve.guest.GuestVolume;
import dev.jpve.guest.SnapshotHooks;
import dev.jpve.guest.Snapshots;
import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A snapshot create and delete cycle on the local config store with a guest type whose volume
 * hooks do nothing, so the cost is the engine's: flocks, reloads and atomic writes (two for the
 * create, four for the delete of a one-disk VM with a CD-ROM).
 *
 * <p>Baseline: {@link #rawWrite}, one atomic write of the same config bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SnapshotBench {
    private static final String CONFIG = "bootdisk: scsi0\ncores: 4\nide2: none,media=cdrom\nmemory: 8192\n"
            + "name: bench\nostype: l26\nscsi0: local:100/vm-100-disk-0.qcow2,size=32G\nsockets: 1\n";

    private Path dir;
    private Path file;
    private Snapshots snapshots;

    /** A guest type that snapshots nothing. */
    static final class NoOpGuest implements SnapshotHooks {
        @Override
        public List<String> volumeKeys() {
            return List.of("ide0", "ide1", "ide2", "ide3", "scsi0", "virtio0", "sata0");
        }

        @Override
        public boolean hasSnapshotFeature(ConfigSection conf, boolean backupOnly) {
            return true;
        }

        @Override
        public boolean isRunning(int vmid) {
            return false;
        }

        @Override
        public FreezeDecision freezeNeeded(int vmid, ConfigSection conf, boolean hasVmstate) {
            return new FreezeDecision(false, false);
        }

        @Override
        public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {}

        @Override
        public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {}
    }

    /** Writes the config once. */
    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("jpve-snapshot-bench");
        file = dir.resolve("pve/nodes/pve1/qemu-server/100.conf");
        Files.createDirectories(file.getParent());
        Files.writeString(file, CONFIG);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        GuestConfigs configs = new GuestConfigs(GuestKind.qemu(dir.resolve("lock")),
                LocalConfigStore.open(dir.resolve("pve"), "pve1"), w -> {}, quiet);
        snapshots = new Snapshots(configs, new NoOpGuest(), Clock.systemUTC(), w -> {});
    }

    /** Removes the temp directory. */
    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Baseline: one atomic write (temp file, fsync, rename) of the config. */
    @Benchmark
    public void rawWrite() throws IOException {
        FileContents.set(file, CONFIG.getBytes(StandardCharsets.UTF_8));
    }

    /** Create the snapshot {@code bench}, then delete it: the file ends as it started. */
    @Benchmark
    public void createAndDelete() throws IOException {
        snapshots.create(100, "bench", false, "");
        snapshots.delete(100, "bench", false);
    }
}
