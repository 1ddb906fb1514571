package dev.jpve.http;

import java.util.Optional;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty itself answers (malformed requests, too large headers, ambiguous URIs) with the
 * same {@code {"data":null,"message":…}} body as the API's own errors, so no client sees an HTML
 * page or an empty body.
 */
final class JsonErrorHandler extends ErrorHandler {

    /** A JSON body for every method (Jetty's default leaves it out for all but GET, POST and HEAD). */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) {
        String msg = message == null || message.isEmpty() ? Reply.reason(code, Optional.empty()) : message;
        Reply.send(request, response, callback, code, Optional.of(msg), Envelope.plainError(msg), 0);
    }
}
