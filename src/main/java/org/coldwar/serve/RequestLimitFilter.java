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
 * write (405), bodies larger than the cap (413), and bodies of unknown length (411), so a
 * client cannot stream an endless request. Query strings are capped by Jetty's header limit.
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
        if (!READ_METHODS.contains(method)) {
            response.setHeader("Allow", "GET, HEAD, POST, OPTIONS");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED, "this service is read-only");
            return;
        }
        if ("POST".equals(method)) {
            long length = request.getContentLengthLong();
            if (length < 0) {
                response.sendError(HttpServletResponse.SC_LENGTH_REQUIRED, "a POST needs a Content-Length");
                return;
            }
            if (length > maxBodyBytes) {
                response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                        "request body over " + maxBodyBytes + " bytes");
                return;
            }
        }
        chain.doFilter(req, res);
    }
}
