package dev.jpve.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.eclipse.jetty.server.AsyncRequestLogWriter;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.ContainerLifeCycle;

/**
 * pveproxy's access log: one line per request in Apache's common format,
 * {@code <client> - <user> [dd/Mon/yyyy:HH:mm:ss +zzzz] "<method> <uri> <protocol>" <status> <bytes>},
 * with the authenticated user (or token) or {@code -}. Lines are written by Jetty's asynchronous
 * writer, so a request does not wait for the disk.
 */
final class AccessLog extends ContainerLifeCycle implements RequestLog {
    /** The request attribute that carries the authenticated id into the log line. */
    static final String USER = "dev.jpve.http.user";
    /** strftime's {@code %d/%b/%Y:%H:%M:%S %z} in the C locale, as upstream writes it. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final RequestLog.Writer writer;
    private final ZoneId zone;

    /** A log appended to {@code file} (its directory is created), times in local time. */
    static AccessLog to(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        AsyncRequestLogWriter writer = new AsyncRequestLogWriter(file.toString());
        writer.setAppend(true);
        return new AccessLog(writer, ZoneId.systemDefault());
    }

    AccessLog(RequestLog.Writer writer, ZoneId zone) {
        this.writer = writer;
        this.zone = zone;
        addBean(writer);
    }

    /** The line of one request. */
    static String line(String client, String user, ZonedDateTime time, String method, String uri, String protocol,
            int status, long bytes) {
        return client + " - " + user + " [" + TIME.format(time) + "] \"" + method + " " + uri + " " + protocol + "\" "
                + status + " " + bytes;
    }

    @Override
    public void log(Request request, Response response) {
        Object user = request.getAttribute(USER);
        String line = line(Request.getRemoteAddr(request), user == null ? "-" : user.toString(), ZonedDateTime.now(zone),
                request.getMethod(), request.getHttpURI().getPathQuery(), request.getConnectionMetaData().getProtocol(),
                response.getStatus(), Response.getContentBytesWritten(response));
        try {
            writer.write(line);
        } catch (IOException e) {
            // the log is lost, the request is not
        }
    }
}
