package dev.dyad.app.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which {@code Host} headers and {@code Origin}s the server answers, against DNS rebinding and
 * cross-site writes.
 *
 * <p>A page of a foreign site can make the browser send requests to this server in two ways: under a
 * name of its own that it re-points at this machine (DNS rebinding; the browser then sends that name as
 * {@code Host} and lets the page read the answers), or straight to this server's address (the browser
 * sends the page's {@code Origin} and lets it write, not read). So a request is answered only when its
 * {@code Host} is a name or address the server listens under, and a write is done only when the
 * {@code Origin} the browser sent, if any, is the server's own.
 *
 * <p>The accepted hosts: when bound to loopback, {@code localhost} and every loopback address; when
 * bound to one address, that address (or name); when bound to every address ({@code 0.0.0.0},
 * {@code ::}), {@code localhost} and any address written as digits, since no foreign name is involved
 * then; and in every case the names given with {@code --allow-host}. Names are compared without case
 * and without a trailing dot; the port is not compared (a proxy may forward from another). No name is
 * ever looked up: only addresses written as digits are read as addresses. Immutable, thread-safe.
 */
final class HostCheck {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** What an IPv6 literal may hold: the JDK parses such a string or refuses it, and never looks it up. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*(%[0-9A-Za-z_.-]+)?");

    private final InetAddress bound;
    private final Set<String> names;

    private HostCheck(InetAddress bound, Set<String> names) {
        this.bound = bound;
        this.names = names;
    }

    /**
     * The check for a server bound to {@code bind} (an address, or a name resolved once here, as the
     * server resolves it to listen), accepting also the names in {@code allowHosts}.
     *
     * @throws IllegalArgumentException when {@code bind} names no address, or an allowed host is blank
     */
    static HostCheck of(String bind, List<String> allowHosts) {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot listen on " + bind + ": no such address", e);
        }
        Set<String> names = new HashSet<>();
        if (address.isLoopbackAddress() || address.isAnyLocalAddress()) {
            names.add("localhost");
        }
        if (!isLiteral(bind)) {
            names.add(normal(bind));
        }
        for (String h : allowHosts) {
            if (h == null || h.isBlank()) {
                throw new IllegalArgumentException("--allow-host needs a host name");
            }
            names.add(normal(h));
        }
        return new HostCheck(address, Set.copyOf(names));
    }

    /** Whether a request with this {@code Host} header is answered; none at all (HTTP/1.0) is. */
    boolean allowsHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = hostName(hostHeader.strip());
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (isLiteral(host)) {
            InetAddress a = literal(host);
            if (a == null) {
                return false;
            }
            return bound.isAnyLocalAddress() || a.equals(bound)
                    || bound.isLoopbackAddress() && a.isLoopbackAddress();
        }
        return names.contains(normal(host));
    }

    /**
     * Whether a write with this {@code Origin} header may go ahead: none (a client that is not a
     * browser, which states no origin), or the origin of the page the browser shows from this server,
     * whose host and port are those of the request's {@code Host}. {@code null} (a sandboxed page or a
     * file) and any other origin are refused.
     */
    boolean allowsOrigin(String origin, String hostHeader) {
        if (origin == null) {
            return true;
        }
        if (hostHeader == null || !allowsHost(hostHeader)) {
            return false;
        }
        URI u;
        try {
            u = new URI(origin.strip());
        } catch (URISyntaxException e) {
            return false;
        }
        String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || u.getHost() == null || u.getRawPath() != null
                && !u.getRawPath().isEmpty()) {
            return false;
        }
        int defaultPort = scheme.equals("https") ? 443 : 80;
        int originPort = u.getPort() < 0 ? defaultPort : u.getPort();
        String host = hostHeader.strip();
        Integer hostPort = port(host);
        return normal(u.getHost()).equals(normal(hostName(host)))
                && originPort == (hostPort == null ? defaultPort : hostPort);
    }

    /** The name or address of a {@code Host} header, without port and IPv6 brackets; null when malformed. */
    private static String hostName(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? null : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }

    /** The port of a {@code Host} header, null when it names none (or not as a number). */
    private static Integer port(String host) {
        int close = host.lastIndexOf(']');
        int colon = host.indexOf(':', Math.max(0, close));
        if (colon < 0) {
            return null;
        }
        try {
            return Integer.valueOf(host.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean isLiteral(String host) {
        return IPV4.matcher(host).matches() || host.contains(":");
    }

    /** An address written as digits, read without any lookup; null when it is not one. */
    private static InetAddress literal(String host) {
        try {
            if (IPV4.matcher(host).matches()) {
                String[] parts = host.split("\\.");
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int b = Integer.parseInt(parts[i]);
                    if (b > 255) {
                        return null;
                    }
                    bytes[i] = (byte) b;
                }
                return InetAddress.getByAddress(bytes);
            }
            return IPV6.matcher(host).matches() ? InetAddress.getByName(host) : null;
        } catch (UnknownHostException e) {
            return null;
        }
    }

    private static String normal(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".") ? n.substring(0, n.length() - 1) : n;
    }
}
