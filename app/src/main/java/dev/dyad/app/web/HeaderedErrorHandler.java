package dev.dyad.app.web;

import java.util.Map;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers with the security headers of every other answer. Jetty answers some
 * requests before they reach the application: a malformed request line or header (400), a URI or
 * headers over its limits (414, 431); those answers come from the server's error handler, which this
 * one replaces. Its pages show no stack trace and no cause.
 */
final class HeaderedErrorHandler extends ErrorHandler {
    private final Map<String, String> headers;

    HeaderedErrorHandler(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setShowStacks(false);
        setShowCauses(false);
        setShowOrigin(false);
    }

    /** Every error page Jetty writes, for a request it could parse or not (its bad-message answers come here too). */
    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        headers.forEach(response.getHeaders()::put);
        return super.handle(request, response, callback);
    }
}
