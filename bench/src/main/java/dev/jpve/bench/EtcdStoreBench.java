package dev.jpve.bench;

import dev.jpve.cluster.ConfigStore;
import dev.jpve.cluster.EtcdConfigStore;
import dev.jpve.cluster.LocalConfigStore;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * A 2 KiB guest config written and read back, and an uncontended {@code lockFile}, on the local
 * directory store (temp file, fsync, rename; flock) and on etcd (a single member started from
 * {@code /usr/bin/etcd} on loopback, which fsyncs its WAL on every write).
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = "--enable-native-access=ALL-UNNAMED")
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class EtcdStoreBench {
    private static final String PATH = ConfigStore.configPath("pve1", "qemu-server", 100);

    @Param({"local", "etcd"})
    public String store;

    private Path dir;
    private Process etcd;
    private ConfigStore configs;
    private byte[] config;

    /** Opens the store, starting etcd first when it is the one measured. */
    @Setup
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("jpve-store-bench");
        config = new byte[2048];
        Arrays.fill(config, (byte) 'x');
        if (store.equals("local")) {
            configs = LocalConfigStore.open(dir.resolve("pve"), "pve1");
        } else {
            URI client = startEtcd();
            configs = EtcdConfigStore.open(List.of(client), EtcdConfigStore.DEFAULT_PREFIX, "pve1");
        }
    }

    private URI startEtcd() throws IOException, InterruptedException {
        String client = "http://127.0.0.1:" + freePort();
        String peer = "http://127.0.0.1:" + freePort();
        etcd = new ProcessBuilder("/usr/bin/etcd", "--name", "bench", "--data-dir", dir.resolve("etcd").toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "bench=" + peer, "--log-level", "error")
                .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpRequest health = HttpRequest.newBuilder(URI.create(client + "/health")).build();
            for (int i = 0; i < 200 && etcd.isAlive(); i++) {
                try {
                    if (http.send(health, HttpResponse.BodyHandlers.ofString()).body().contains("\"true\"")) {
                        return URI.create(client);
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
            }
        }
        throw new IOException("etcd did not become healthy: " + Files.readString(dir.resolve("etcd.log")));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** Stops etcd and removes the data. */
    @TearDown
    public void tearDown() throws Exception {
        if (configs instanceof EtcdConfigStore closable) {
            closable.close();
        }
        if (etcd != null) {
            etcd.destroy();
            etcd.waitFor();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** Writes the 2 KiB config and reads it back. */
    @Benchmark
    public int writeRead() throws IOException {
        configs.write(PATH, config);
        return configs.read(PATH).orElseThrow().length;
    }

    /** An uncontended cluster lock around a trivial body. */
    @Benchmark
    public Integer lockFile() throws IOException {
        return configs.lockFile("replication.cfg", null, () -> 1);
    }
}
