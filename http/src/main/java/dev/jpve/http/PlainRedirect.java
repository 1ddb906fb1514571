package dev.jpve.http;

import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * On a TLS port that also accepts plain connections: answers a plain HTTP request with a redirect
 * to {@code https://<Host><uri>}, 301 for GET and HEAD and 308 otherwise, and closes the
 * connection, as upstream does. TLS requests go to the wrapped handler.
 */
final class PlainRedirect extends Handler.Wrapper {

    PlainRedirect(Handler next) {
        super(next);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        if (request.isSecure()) {
            return super.handle(request, response, callback);
        }
        String method = request.getMethod();
        int status = method.equals("GET") || method.equals("HEAD") ? 301 : 308;
        String host = Optional.ofNullable(request.getHeaders().get(HttpHeader.HOST)).orElse("localhost");
        String target = "https://" + host + request.getHttpURI().getPathQuery();
        response.getHeaders().put(HttpHeader.LOCATION, target);
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        Reply.send(request, response, callback, status, Optional.empty(), new byte[0], 0);
        return true;
    }
}
