package dev.jpve.bench;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * The baseline of {@code bench/http-wrk}: a bare Jetty 12 handler over TLS that answers every
 * request with the bytes jpve answers {@code GET /api2/json/version} with.
 * Arguments: port, PKCS#12 keystore, its password.
 */
public final class BareJettyMain {
    private static final byte[] BODY =
            "{\"data\":{\"release\":\"0.1\",\"repoid\":\"jpve\",\"version\":\"0.1.0\"}}".getBytes(StandardCharsets.UTF_8);

    private BareJettyMain() {}

    /** Starts the server and waits. */
    public static void main(String[] args) throws Exception {
        Server server = new Server();
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStorePath(args[1]);
        ssl.setKeyStorePassword(args[2]);
        ssl.setKeyStoreType("PKCS12");
        HttpConfiguration config = new HttpConfiguration();
        config.addCustomizer(new SecureRequestCustomizer(false));
        ServerConnector https = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"),
                new HttpConnectionFactory(config));
        https.setHost("127.0.0.1");
        https.setPort(Integer.parseInt(args[0]));
        server.addConnector(https);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, BODY.length);
                response.write(true, ByteBuffer.wrap(BODY), callback);
                return true;
            }
        });
        server.start();
        System.out.println("bare jetty listening on " + https.getLocalPort());
        server.join();
    }
}
