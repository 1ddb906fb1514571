package dev.jpve.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.http.MetaData;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.HttpStream;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Writes one response as upstream's {@code response()} does: the reason phrase taken from the
 * message's first line, {@code Date}/{@code Expires}/{@code Cache-Control}/{@code Pragma},
 * {@code Server: pve-api-daemon/3.0}, gzip above 1 KiB when accepted, {@code Connection: close}
 * for every status of 400 and above (or when the caller put it already), and an optional delay (failed authentication).
 */
final class Reply {
    static final String SERVER = "pve-api-daemon/3.0";
    private static final int GZIP_MIN = 1024;
    private static final HttpField CONTENT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE, Envelope.CONTENT_TYPE);
    private static final HttpField CACHE_CONTROL = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "max-age=0");
    private static final HttpField PRAGMA = new PreEncodedHttpField(HttpHeader.PRAGMA, "no-cache");
    private static final HttpField SERVER_FIELD = new PreEncodedHttpField(HttpHeader.SERVER, SERVER);
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US);
    private static volatile DateFields lastDate = DateFields.of(Instant.EPOCH);
    private static final HttpField KEEP_ALIVE = new PreEncodedHttpField(HttpHeader.CONNECTION, "Keep-Alive");
    private static final HttpField CLOSE = new PreEncodedHttpField(HttpHeader.CONNECTION, "close");

    /** The {@code Date} and {@code Expires} headers of one second. */
    private record DateFields(long epochSecond, HttpField date, HttpField expires) {
        static DateFields of(Instant instant) {
            String text = HTTP_DATE.format(instant.atOffset(ZoneOffset.UTC));
            return new DateFields(instant.getEpochSecond(), new PreEncodedHttpField(HttpHeader.DATE, text),
                    new PreEncodedHttpField(HttpHeader.EXPIRES, text));
        }
    }

    private Reply() {}

    /** The reason phrase: the first line of the message, or the standard text. */
    static String reason(int status, Optional<String> message) {
        String first = message.map(m -> m.lines().findFirst().orElse("")).orElse("");
        return first.isEmpty() ? HttpStatus.getMessage(status) : first;
    }

    /**
     * Sends a response.
     *
     * @param body the body, empty for none (then neither Content-Type nor Content-Length)
     * @param delayMillis how long to wait before sending (0: at once)
     */
    static void send(Request request, Response response, Callback callback, int status, Optional<String> message,
            byte[] body, long delayMillis) {
        String reason = reason(status, message);
        if (HttpStatus.getCode(status) == null || !reason.equals(HttpStatus.getMessage(status))) {
            // Jetty writes the standard phrase itself; only another one needs the wrapper
            request.addHttpStreamWrapper(stream -> new ReasonStream(stream, reason));
        }
        response.setStatus(status);
        var h = response.getHeaders();
        DateFields date = dateFields(Instant.now());
        h.put(date.date());
        h.put(date.expires());
        h.put(CACHE_CONTROL);
        h.put(PRAGMA);
        h.put(SERVER_FIELD);
        byte[] content = body;
        if (content.length > 0) {
            h.put(CONTENT_TYPE);
            if (content.length > GZIP_MIN && acceptsGzip(request)) {
                content = gzip(content);
                h.put(HttpHeader.CONTENT_ENCODING, "gzip");
            }
            h.put(HttpHeader.CONTENT_LENGTH, content.length);
        }
        boolean closeAsked = "close".equalsIgnoreCase(h.get(HttpHeader.CONNECTION));
        h.put(!closeAsked && keepAlive(request, status) ? KEEP_ALIVE : CLOSE);
        ByteBuffer buf = ByteBuffer.wrap(content);
        if (delayMillis > 0) {
            request.getComponents().getScheduler().schedule(() -> response.write(true, buf, callback),
                    delayMillis, TimeUnit.MILLISECONDS);
        } else {
            response.write(true, buf, callback);
        }
    }

    /** The date headers of the current second, made once per second rather than per response. */
    private static DateFields dateFields(Instant now) {
        DateFields last = lastDate;
        if (last.epochSecond() != now.getEpochSecond()) {
            last = DateFields.of(Instant.ofEpochSecond(now.getEpochSecond()));
            lastDate = last;
        }
        return last;
    }

    private static boolean keepAlive(Request request, int status) {
        if (status >= 400) {
            return false;
        }
        String conn = request.getHeaders().get(HttpHeader.CONNECTION);
        if (conn != null) {
            return !conn.toLowerCase(Locale.ROOT).contains("close");
        }
        return request.getConnectionMetaData().getHttpVersion() != HttpVersion.HTTP_1_0;
    }

    private static boolean acceptsGzip(Request request) {
        String enc = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
        return enc != null && enc.contains("gzip");
    }

    private static byte[] gzip(byte[] data) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 32);
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** Puts the reason phrase on the status line (Jetty's core API has no setter for it). */
    private static final class ReasonStream extends HttpStream.Wrapper {
        private final String reason;

        ReasonStream(HttpStream wrapped, String reason) {
            super(wrapped);
            this.reason = reason;
        }

        @Override
        public void send(MetaData.Request request, MetaData.Response response, boolean last, ByteBuffer content,
                Callback callback) {
            MetaData.Response withReason = response == null ? null
                    : new MetaData.Response(response.getStatus(), reason, response.getHttpVersion(),
                            response.getHttpFields(), response.getContentLength(), response.getTrailersSupplier());
            super.send(request, withReason, last, content, callback);
        }
    }
}
