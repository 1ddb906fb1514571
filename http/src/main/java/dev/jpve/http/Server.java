package dev.jpve.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * A jpve API server on a port: an {@link ApiAdapter} behind Jetty, HTTPS by default with a
 * self-signed certificate made at first start, HTTP/1.1 keep-alive, gzip for bodies over 1 KiB.
 * A plain HTTP request on the TLS port is redirected to {@code https://} (301 for GET and HEAD,
 * 308 otherwise), as upstream does.
 *
 * {@snippet :
 * try (Server server = Server.builder(adapter).port(8006).stateDir(Path.of("/var/lib/jpve")).start()) {
 *     server.join();
 * }
 * }
 *
 * <p>{@link #main(String[])} runs a server with the login endpoint and {@code /version}.
 */
public final class Server implements AutoCloseable {
    /** Upstream's idle timeout of a connection between requests: 5 s. */
    public static final Duration IDLE_TIMEOUT = Duration.ofSeconds(5);

    private final org.eclipse.jetty.server.Server jetty;
    private final ServerConnector connector;

    private Server(org.eclipse.jetty.server.Server jetty, ServerConnector connector) {
        this.jetty = jetty;
        this.connector = connector;
    }

    /**
     * Runs a server from the command line; {@code --help} prints the options.
     *
     * <p>State (ticket keys, CSRF secret, self-signed certificate, users, tokens) lives in
     * {@code --state-dir} (default {@code ./jpve-state}), created at first start.
     */
    public static void main(String[] args) throws Exception {
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
            System.setProperty("slf4j.internal.verbosity", "ERROR");
        }
        if (Arrays.asList(args).contains("--help")) {
            System.out.print(ServerMain.USAGE);
            return;
        }
        try {
            ServerMain.parse(args).run(System.out);
        } catch (IllegalArgumentException e) {
            System.err.print(e.getMessage().endsWith("\n") ? e.getMessage() : e.getMessage() + "\n");
            System.exit(2);
        }
    }

    /** A builder serving this adapter. */
    public static Builder builder(ApiAdapter adapter) {
        return new Builder(adapter);
    }

    /** The port the server listens on (the real one when built with port 0). */
    public int port() {
        return connector.getLocalPort();
    }

    /** Waits until the server stops. */
    public void join() throws InterruptedException {
        jetty.join();
    }

    /** Stops the server. */
    @Override
    public void close() {
        try {
            jetty.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            throw new IllegalStateException("cannot stop the server", e);
        }
    }

    /** Builder of {@link Server}. */
    public static final class Builder {
        private final ApiAdapter adapter;
        private String host = "0.0.0.0";
        private int port = 8006;
        private boolean tls = true;
        private Path stateDir = Path.of("jpve-state");
        private Optional<Path> certificate = Optional.empty();
        private Optional<Path> key = Optional.empty();
        private Optional<Path> accessLog = Optional.empty();
        private int maxThreads = 64;

        private Builder(ApiAdapter adapter) {
            this.adapter = Objects.requireNonNull(adapter, "adapter");
        }

        /** The address to listen on (default all: {@code 0.0.0.0}). */
        public Builder host(String value) {
            host = Objects.requireNonNull(value, "host");
            return this;
        }

        /** The port (default 8006, upstream's; 0 picks a free one). */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** Whether to speak TLS (default true). */
        public Builder tls(boolean value) {
            tls = value;
            return this;
        }

        /**
         * Writes pveproxy's access log (Apache's common format, one line per request) to
         * {@code file}; by default there is none.
         */
        public Builder accessLog(Path file) {
            accessLog = Optional.of(file);
            return this;
        }

        /**
         * The directory of the self-signed certificate ({@code pve-ssl.pem}, {@code pve-ssl.key}),
         * used unless {@link #certificate(Path, Path)} names other files.
         */
        public Builder stateDir(Path value) {
            stateDir = Objects.requireNonNull(value, "stateDir");
            return this;
        }

        /** PEM files of the certificate chain and its private key, instead of the self-signed pair. */
        public Builder certificate(Path certPem, Path keyPem) {
            certificate = Optional.of(certPem);
            key = Optional.of(keyPem);
            return this;
        }

        /** The most worker threads (default 64). */
        public Builder maxThreads(int value) {
            maxThreads = value;
            return this;
        }

        /** Starts the server. */
        public Server start() throws Exception {
            org.eclipse.jetty.server.Server jetty = new org.eclipse.jetty.server.Server(threads());
            var http = Connectors.httpConfiguration();
            ServerConnector connector;
            if (tls) {
                http.addCustomizer(new SecureRequestCustomizer(false));
                SslConnectionFactory ssl = new SslConnectionFactory(sslContext(), HttpVersion.HTTP_1_1.asString());
                // the detector hands TLS to ssl and anything else to the factory after it (plain HTTP)
                connector = new ServerConnector(jetty, new DetectorConnectionFactory(ssl), new HttpConnectionFactory(http),
                        ssl);
            } else {
                connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
            }
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
            jetty.addConnector(connector);
            Connectors.configure(jetty);
            jetty.setHandler(tls ? new PlainRedirect(adapter) : adapter);
            accessLog.map(AccessLog::to).ifPresent(jetty::setRequestLog);
            jetty.start();
            return new Server(jetty, connector);
        }

        private QueuedThreadPool threads() {
            QueuedThreadPool pool = new QueuedThreadPool(maxThreads);
            pool.setName("jpve-http");
            return pool;
        }

        private SslContextFactory.Server sslContext() {
            Path cert = certificate.orElse(stateDir.resolve("pve-ssl.pem"));
            Path pem = key.orElse(stateDir.resolve("pve-ssl.key"));
            if (certificate.isEmpty()) {
                TlsKeys.createIfMissing(cert, pem);
            }
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStore(TlsKeys.load(cert, pem));
            ssl.setKeyStorePassword(new String(TlsKeys.PASSWORD));
            ssl.setSniRequired(false);
            return ssl;
        }
    }
}
