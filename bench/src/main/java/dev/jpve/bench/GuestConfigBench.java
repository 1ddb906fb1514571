package dev.jpve.bench;

import dev.jpve.guest.ConfigCodec;
import dev.jpve.guest.GuestConfig;
import dev.jpve.guest.ParsedConfig;
import dev.jpve.tools.FileContents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Parsing and writing a VM config with 50 snapshots (19,670 bytes, 971 lines, 15-17 keys per section, a pending
 * section and a cloud-init section), against a raw read and atomic write of the same bytes.
 *
 * <p>Baselines: {@link #rawRead} (read the file's bytes) and {@link #rawWrite} (write them
 * atomically with {@link FileContents#set(Path, byte[])}: temp file, fsync, rename).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GuestConfigBench {
    private static final ConfigCodec QEMU = ConfigCodec.qemu();

    private Path dir;
    private Path file;
    private byte[] raw;
    private GuestConfig parsed;

    /** Writes the config file once. */
    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("jpve-guest-bench");
        file = dir.resolve("100.conf");
        raw = configWithSnapshots(50).getBytes(StandardCharsets.UTF_8);
        ParsedConfig p = QEMU.parse(100, raw, true);
        parsed = p.config();
        if (!p.warnings().isEmpty() || parsed.snapshots().size() != 50
                || !QEMU.write(parsed).equals(new String(raw, StandardCharsets.UTF_8))) {
            throw new IllegalStateException("bad bench input: " + p.warnings());
        }
        Files.write(file, raw);
    }

    /** Removes the temp directory. */
    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    /** Baseline: read the file's bytes. */
    @Benchmark
    public byte[] rawRead() throws IOException {
        return Files.readAllBytes(file);
    }

    /** Read the file and parse it (digest, every value type-checked). */
    @Benchmark
    public ParsedConfig readAndParse() throws IOException {
        return QEMU.parse(100, Files.readAllBytes(file), false);
    }

    /** Parse the bytes already in memory. */
    @Benchmark
    public ParsedConfig parse() {
        return QEMU.parse(100, raw, false);
    }

    /** Write the parsed config to text (every value re-checked, as upstream's writer does). */
    @Benchmark
    public String write() {
        return QEMU.write(parsed);
    }

    /** Baseline: atomic write of the raw bytes. */
    @Benchmark
    public void rawWrite() throws IOException {
        FileContents.set(file, raw);
    }

    /** Write the parsed config to text and store it atomically. */
    @Benchmark
    public void writeAndStore() throws IOException {
        FileContents.set(file, QEMU.write(parsed).getBytes(StandardCharsets.UTF_8));
    }

    private static String section(String name, String parent, int i) {
        StringBuilder sb = new StringBuilder();
        if (name != null) {
            sb.append("\n[").append(name).append("]\n#snapshot ").append(i).append("%3A before change\n");
        }
        sb.append("""
                boot: order=scsi0;net0
                cores: 2
                cpu: x86-64-v2-AES
                ide2: local-lvm:vm-100-cloudinit,media=cdrom
                memory: 2048
                name: web01
                net0: virtio=BC:24:11:00:00:01,bridge=vmbr0,firewall=1
                numa: 0
                onboot: 1
                ostype: l26
                """);
        if (parent != null) {
            sb.append("parent: ").append(parent).append('\n');
        }
        sb.append("""
                scsi0: local-lvm:vm-100-disk-0,iothread=1,size=32G
                scsihw: virtio-scsi-single
                """);
        if (name != null) {
            sb.append("snaptime: ").append(1700000000 + i * 60).append('\n');
        }
        sb.append("sockets: 1\ntags: prod;web\n");
        return sb.toString();
    }

    private static String configWithSnapshots(int count) {
        StringBuilder sb = new StringBuilder(section(null, String.format("snap%02d", count - 1), 0));
        sb.append("\n[PENDING]\ndelete: tags\nmemory: 4096\n\n[special:cloudinit]\nname: web01\n");
        for (int i = 0; i < count; i++) {
            sb.append(section(String.format("snap%02d", i), i == 0 ? null : String.format("snap%02d", i - 1), i));
        }
        return sb.toString();
    }
}
