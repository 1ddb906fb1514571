package dev.jpve.bench;

import dev.jpve.node.app.AppGuests;
import dev.jpve.node.app.QemuImg;
import dev.jpve.guest.Snapshots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Latency of the app guest operations the node runs as tasks, without the task around them, on
 * a stopped guest whose one volume holds 1 MiB: create + destroy, snapshot create + delete, and
 * rollback, for a directory volume (copy snapshots) and a qcow2 image ({@code qemu-img}
 * snapshots; skipped without qemu-img).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AppGuestBench {
    private static final Consumer<String> QUIET = line -> { };
    private static final int VMID = 100;

    /** The volume: {@code dir} (a directory, copy snapshots) or {@code qcow2} (a 1 GiB image). */
    @Param({"dir", "qcow2"})
    public String volume;

    private Path data;
    private AppGuests apps;
    private Snapshots snapshots;
    private int created = 200;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Optional<QemuImg> qemuImg = QemuImg.detect();
        if (volume.equals("qcow2") && qemuImg.isEmpty()) {
            throw new IllegalStateException("qemu-img is missing: install qemu-utils");
        }
        data = Files.createTempDirectory("jpve-app-bench");
        apps = AppGuests.open(data, "bench", qemuImg);
        snapshots = apps.snapshots(QUIET);
        apps.reserve(VMID);
        apps.create(VMID, Map.of("cmd", "sleep infinity", "rootfs", allocation()), QUIET);
        Path rootfs = apps.storage().path(apps.configs().load(VMID).main().get("rootfs").orElseThrow().split(",")[0]);
        byte[] mib = new byte[1 << 20];
        if (Files.isDirectory(rootfs)) {
            Files.write(rootfs.resolve("data.bin"), mib);
        }
        snapshots.create(VMID, "base", false, "rollback target");
    }

    private String allocation() {
        return volume.equals("dir") ? "local:dir" : "local:1";
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** A new guest with one new volume, then its destruction with the volume. */
    @Benchmark
    public void createAndDestroy() throws IOException {
        int vmid = created++;
        apps.reserve(vmid);
        apps.create(vmid, Map.of("cmd", "sleep infinity", "rootfs", allocation()), QUIET);
        apps.destroy(vmid, false, QUIET);
    }

    /** {@code snapshot} then {@code delsnapshot}: the config steps and the volume snapshot. */
    @Benchmark
    public void snapshotCreateAndDelete() throws IOException {
        snapshots.create(VMID, "cycle", false, null);
        snapshots.delete(VMID, "cycle", false);
    }

    /** {@code rollback} to the guest's one snapshot. */
    @Benchmark
    public void rollback() throws IOException {
        snapshots.rollback(VMID, "base");
    }
}
