package org.coldwar.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses what this read-only service never accepts, before it reaches Fuseki: methods that
 * write (405), bodies larger than the cap (413), query strings larger than the same cap (414:
 * a query sent by GET is held to the limit of one sent by POST), and bodies of unknown length
 * (411), so a client cannot stream an endless request.
 */
final class RequestLimitFilter implements Filter {

    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

    private final long maxBodyBytes;

    RequestLimitFilter(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String method = request.getMethod();
        long length = request.getContentLengthLong();
        if (!READ_METHODS.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            refuse(request, response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this service is read-only");
            return;
        }
        String queryString = request.getQueryString();
        if (queryString != null && queryString.length() > maxBodyBytes) {
            refuse(request, response, 414, "query string over " + maxBodyBytes + " bytes");
            return;
        }
        if ("POST".equals(method)) {
            if (length < 0) {
                refuse(request, response, HttpServletResponse.SC_LENGTH_REQUIRED, "a POST needs a Content-Length");
                return;
            }
            if (length > maxBodyBytes) {
                refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "request body over " + maxBodyBytes + " bytes");
                return;
            }
        }
        chain.doFilter(req, res);
        drain(request);
    }

    /**
     * Answers with an error. A body within the cap is read and dropped first, so the connection
     * can serve the client's next request; a larger or unbounded one closes the connection, and
     * says so, rather than leaving the client to send on a connection the server is dropping.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String message)
            throws IOException {
        long length = request.getContentLengthLong();
        if (length > 0 && length <= maxBodyBytes) {
            drain(request);
        } else if (length != 0) {
            response.setHeader("Connection", "close");
        }
        response.sendError(status, message);
    }

    /** Reads what is left of a body within the cap (an operation may have answered without reading it). */
    private void drain(HttpServletRequest request) {
        try {
            byte[] buffer = new byte[8192];
            long left = maxBodyBytes;
            int n;
            while (left > 0 && (n = request.getInputStream().read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
                left -= n;
            }
        } catch (IOException | IllegalStateException e) {
            // the body was read as parameters or a reader, or the client went away: nothing to drain
        }
    }
}
