package dev.dyad.app.web;

/**
 * A request the API answers with an error status and a message the caller can act on (a malformed
 * parameter, an unknown id, a body over the limit). Thrown by handlers, turned into
 * {@code {"error": {"code", "message"}}} by the server; never carries internals.
 */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The code of a 503 that passes: the server answers it with {@code Retry-After}. */
    public static final String BUSY = "busy";

    private final int status;
    private final String code;

    public ApiException(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    /** 400: a parameter or body the API cannot read. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** 503: too many requests of this kind at once; the client may try again shortly. */
    public static ApiException busy(String message) {
        return new ApiException(503, BUSY, message);
    }

    /** 404: nothing with that id. */
    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }
}
