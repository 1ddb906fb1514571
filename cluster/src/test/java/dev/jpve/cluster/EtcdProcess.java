package dev.jpve.cluster;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/** A single-member etcd started from {@code /usr/bin/etcd} on free loopback ports, for tests. */
final class EtcdProcess implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/etcd");
    private static final int HEALTH_POLLS = 300;
    private static final Duration HEALTH_POLL_PAUSE = Duration.ofMillis(50);

    private final Process process;
    private final URI clientUrl;

    private EtcdProcess(Process process, URI clientUrl) {
        this.process = process;
        this.clientUrl = clientUrl;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Starts etcd with its data and log under {@code dir} and waits until {@code /health} says so. */
    static EtcdProcess start(Path dir) throws IOException, InterruptedException {
        String client = "http://127.0.0.1:" + freePort();
        String peer = "http://127.0.0.1:" + freePort();
        Path log = dir.resolve("etcd.log");
        Process process = new ProcessBuilder(BINARY.toString(), "--name", "test",
                "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "test=" + peer, "--log-level", "error")
                .redirectErrorStream(true).redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        EtcdProcess etcd = new EtcdProcess(process, URI.create(client));
        try {
            etcd.awaitHealthy(log);
        } catch (IOException | InterruptedException | RuntimeException e) {
            etcd.close();
            throw e;
        }
        return etcd;
    }

    URI clientUrl() {
        return clientUrl;
    }

    private void awaitHealthy(Path log) throws IOException, InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build()) {
            HttpRequest health = HttpRequest.newBuilder(clientUrl.resolve("/health")).timeout(Duration.ofSeconds(2)).build();
            for (int i = 0; i < HEALTH_POLLS; i++) {
                if (!process.isAlive()) {
                    throw new IOException("etcd exited with " + process.exitValue() + ": " + Files.readString(log));
                }
                try {
                    HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 200 && answer.body().contains("\"true\"")) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                LockSupport.parkNanos(HEALTH_POLL_PAUSE.toNanos());
            }
        }
        throw new IOException("etcd at " + clientUrl + " not healthy after " + HEALTH_POLLS + " polls: " + Files.readString(log));
    }

    /** A loopback port nobody listens on right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
