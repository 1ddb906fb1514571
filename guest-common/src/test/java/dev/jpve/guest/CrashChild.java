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
import java.util.List;

/**
 * The child JVM of {@link SnapshotCrashTest}: runs one snapshot operation on the store under
 * {@code args[0]} and, at the volume step named by {@code args[1]}, reports {@code AT <step>} on
 * stdout and blocks until it is killed.
 */
final class CrashChild {
    private CrashChild() {}

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        String step = args[1];
        RecordingGuest guest = new RecordingGuest() {
            @Override
            public void createVolumeSnapshot(int vmid, GuestVolume volume, String snapname) {
                halt("create", step);
            }

            private int deletes;

            @Override
            public void deleteVolumeSnapshot(int vmid, GuestVolume volume, String snapname, List<String> unused) {
                halt("delete", step);
                if (volume.isCdrom()) {
                    return;
                }
                if (++deletes == 2) {
                    halt("delete-second", step);
                }
                unused.add(volume.volid());
            }

            @Override
            public void rollbackVolume(GuestVolume volume, String snapname) {
                halt("rollback", step);
            }
        };
        guest.running = false;
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        GuestConfigs configs = new GuestConfigs(GuestKind.qemu(root.resolve("lock")),
                LocalConfigStore.open(root.resolve("pve"), "pve1"), w -> {}, quiet);
        Snapshots snapshots = new Snapshots(configs, guest,
                Clock.fixed(Instant.ofEpochSecond(1234567890), ZoneOffset.UTC), w -> {});
        switch (step) {
            case "create" -> snapshots.create(100, "test", false, "test comment");
            case "delete", "delete-second" -> snapshots.delete(100, "test", false);
            default -> snapshots.rollback(100, "test");
        }
    }

    private static void halt(String here, String step) {
        if (!here.equals(step)) {
            return;
        }
        System.out.println("AT " + step);
        System.out.flush();
        try {
            System.in.read();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("not killed");
    }
}
