package dev.jpve.http;

import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Server;

/** The Jetty settings every jpve listener shares. */
final class Connectors {
    /** Upstream: at most 8 KiB of header text. */
    static final int MAX_HEADER_BYTES = 8 * 1024;

    private Connectors() {}

    /**
     * HTTP settings: no Jetty {@code Server}/{@code Date} headers (the adapter writes upstream's),
     * 8 KiB request headers, and Jetty's default URI compliance, which refuses ambiguous paths
     * ({@code %2F}, {@code %2e%2e}) before any handler sees them; only empty segments
     * ({@code //}) are let through, as upstream ignores them.
     */
    static HttpConfiguration httpConfiguration() {
        HttpConfiguration c = new HttpConfiguration();
        c.setSendServerVersion(false);
        c.setSendXPoweredBy(false);
        c.setSendDateHeader(false);
        c.setRequestHeaderSize(MAX_HEADER_BYTES);
        c.setUriCompliance(UriCompliance.DEFAULT.with("jpve", UriCompliance.Violation.AMBIGUOUS_EMPTY_SEGMENT));
        return c;
    }

    /** Installs the JSON error handler. */
    static void configure(Server server) {
        server.setErrorHandler(new JsonErrorHandler());
    }
}
