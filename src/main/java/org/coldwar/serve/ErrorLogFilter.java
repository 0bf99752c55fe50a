package org.coldwar.serve;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Logs every answer with a 5xx status (and every exception that escapes the servlets) as one
 * line on the {@code org.coldwar.serve.errors} logger: the request id (Fuseki's
 * {@code Fuseki-Request-Id} for SPARQL requests, else one of ours, sent in the same header), the
 * status, method, path and the message the client got. Fuseki's own log goes nowhere here.
 */
final class ErrorLogFilter implements Filter {

    static final Logger LOG = Logger.getLogger("org.coldwar.serve.errors");
    static final String ID_HEADER = "Fuseki-Request-Id";
    private static final AtomicLong IDS = new AtomicLong();

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        Recording response = new Recording((HttpServletResponse) res);
        try {
            chain.doFilter(req, response);
        } catch (IOException | ServletException | RuntimeException | Error e) {
            int status = statusOf(e);
            if (status >= 500) {  // e.g. a form body over the cap is Jetty's 413, the client's doing
                log(request, response, status, e.toString());
            }
            throw e;
        }
        if (response.getStatus() >= 500) {
            log(request, response, response.getStatus(), response.message);
        }
    }

    /** The status Jetty answers an escaping exception with: its own HTTP code if it carries one, else 500. */
    static int statusOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof org.eclipse.jetty.http.HttpException http) {
                return http.getCode();
            }
        }
        return 500;
    }

    private static void log(HttpServletRequest request, Recording response, int status, String message) {
        String id = response.getHeader(ID_HEADER);
        if (id == null) {
            id = "cw-" + IDS.incrementAndGet();
            if (!response.isCommitted()) {
                response.setHeader(ID_HEADER, id);
            }
        }
        LOG.log(Level.WARNING, "request {0}: {1} {2} {3}: {4}",
                new Object[] {id, Integer.toString(status), request.getMethod(), request.getRequestURI(), message});
    }

    /** Remembers the message of {@code sendError}, which the servlet API does not give back. */
    private static final class Recording extends HttpServletResponseWrapper {
        private String message = "";

        Recording(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            message = msg == null ? "" : msg;
            super.sendError(sc, msg);
        }
    }
}
