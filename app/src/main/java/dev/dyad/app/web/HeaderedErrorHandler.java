package dev.dyad.app.web;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers with the security headers of every other answer. Jetty answers some
 * requests before they reach the application: a malformed request line (400), a URI or headers over
 * its limits (414, 431), a body it cannot decode; those answers come from the server's error handler,
 * which this one replaces. Its pages name no stack, cause or servlet.
 */
final class HeaderedErrorHandler extends ErrorHandler {
    private final Map<String, String> headers;

    HeaderedErrorHandler(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Errors of a request Jetty has read (an unknown error or one raised after the request was parsed). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }

    /** Errors of a request Jetty could not parse (request line, URI, headers). */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
