package dev.jpve.guest;

import dev.jpve.cluster.LocalConfigStore;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The child JVM of {@link SnapshotCrashTest}: runs one snapshot operation ({@code args[2]}:
 * {@code create}, {@code delete} or {@code rollback} of snapshot {@code test} of guest 100) of a
 * {@code qemu} or {@code lxc} guest ({@code args[1]}) on the store under {@code args[0]}, and at the
 * hook call {@code args[3]} ({@link HaltingHooks}) reports {@code AT <point>} on stdout and blocks
 * until it is killed. The guest runs; its volume hooks succeed.
 */
final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        boolean qemu = args[1].equals("qemu");
        SnapshotHooks guest = qemu ? new RecordingGuest() : new ContainerGuest();
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        GuestConfigs configs = new GuestConfigs(qemu ? GuestKind.qemu(root.resolve("lock"))
                : GuestKind.lxc(root.resolve("lock")), LocalConfigStore.open(root.resolve("pve"), "pve1"), w -> {},
                quiet);
        Snapshots snapshots = new Snapshots(configs, new HaltingHooks(guest, args[3]),
                Clock.fixed(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC), w -> {});
        switch (args[2]) {
            case "create" -> snapshots.create(100, "test", false, "test comment");
            case "delete" -> snapshots.delete(100, "test", false);
            case "rollback" -> snapshots.rollback(100, "test");
            default -> throw new IllegalArgumentException(args[2]);
        }
        throw new IllegalStateException("finished without reaching " + args[3]);
    }
}
