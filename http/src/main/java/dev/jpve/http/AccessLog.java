package dev.jpve.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.component.AbstractLifeCycle;

/**
 * pveproxy's access log: one line per request in Apache's common format,
 * {@code <client> - <user> [dd/Mon/yyyy:HH:mm:ss +zzzz] "<method> <uri> <protocol>" <status> <bytes>},
 * with the authenticated user (or token) or {@code -}.
 *
 * <p>A request only queues its line (lock-free); the queue goes to the file once a second and
 * when the server stops. (Jetty's own asynchronous writer wakes its thread and writes once per
 * line, which cost this server a fifth of its requests per second.)
 */
final class AccessLog extends AbstractLifeCycle implements RequestLog {
    /** The request attribute that carries the authenticated id into the log line. */
    static final String USER = "dev.jpve.http.user";
    /** strftime's {@code %d/%b/%Y:%H:%M:%S %z} in the C locale, as upstream writes it. */
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);

    private final Path file;
    private final ZoneId zone;
    private final ConcurrentLinkedQueue<String> pending = new ConcurrentLinkedQueue<>();
    private volatile Stamp stamp = new Stamp(Long.MIN_VALUE, "");
    private FileChannel out;
    private ScheduledExecutorService flusher;

    /** The time of the current second, formatted once. */
    private record Stamp(long second, String text) {}

    /** A log appended to {@code file} (its directory is created when the server starts), in local time. */
    AccessLog(Path file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** A log appended to {@code file}, times in the system's zone. */
    static AccessLog to(Path file) {
        return new AccessLog(file, ZoneId.systemDefault());
    }

    /** The line of one request. */
    static String line(String client, String user, ZonedDateTime time, String method, String uri, String protocol,
            int status, long bytes) {
        return line(client, user, TIME.format(time), method, uri, protocol, status, bytes);
    }

    private static String line(String client, String user, String time, String method, String uri, String protocol,
            int status, long bytes) {
        return client + " - " + user + " [" + time + "] \"" + method + " " + uri + " " + protocol + "\" " + status + " "
                + bytes;
    }

    @Override
    public void log(Request request, Response response) {
        Object user = request.getAttribute(USER);
        String line = line(Request.getRemoteAddr(request), user == null ? "-" : user.toString(), now(),
                request.getMethod(), request.getHttpURI().getPathQuery(), request.getConnectionMetaData().getProtocol(),
                response.getStatus(), Response.getContentBytesWritten(response));
        pending.offer(line);
    }

    private String now() {
        long second = System.currentTimeMillis() / 1000;
        Stamp s = stamp;
        if (s.second() != second) {
            s = new Stamp(second, TIME.format(ZonedDateTime.ofInstant(Instant.ofEpochSecond(second), zone)));
            stamp = s;
        }
        return s.text();
    }

    @Override
    protected void doStart() throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        flusher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("jpve-access-log").daemon()
                .factory());
        flusher.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
        super.doStart();
    }

    @Override
    protected void doStop() throws Exception {
        flusher.shutdown();
        flusher.awaitTermination(5, TimeUnit.SECONDS);
        flush();
        out.close();
        super.doStop();
    }

    private void flush() {
        StringBuilder chunk = new StringBuilder();
        for (String line = pending.poll(); line != null; line = pending.poll()) {
            chunk.append(line).append('\n');
        }
        if (chunk.isEmpty()) {
            return;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(chunk.toString().getBytes(StandardCharsets.UTF_8));
            while (bytes.hasRemaining()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // these lines are lost; the next flush tries again (a full disk must not stop the API)
        }
    }
}
