package org.coldwar.serve;

import java.time.Duration;

import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.EagerContentHandler;

/**
 * The Jetty settings a public endpoint needs, applied to the server Fuseki built, before it
 * starts: request bodies are read in full, asynchronously, before a worker thread is given the
 * request (a client dribbling its body holds a connection, never a thread), a request's head and
 * its body must each arrive within {@link #READ_DEADLINE} ({@link ReadDeadline}), idle connections
 * close, and buffers have sizes chosen for this service
 * rather than Fuseki's 5 MB output buffer per response; and one client address may hold only so
 * many connections in that slow phase at once ({@link SlowClientLimit}). Jetty's minimum request
 * data rate is not set: it is checked at each read the application makes, after the body has
 * arrived whole, so it measured the server's own pace and refused short bodies with 408 when the
 * application paused between two reads; the deadline bounds a dribbling client instead.
 */
final class JettyLimits {

    /** Enough for the largest result page most clients read; larger answers stream in pieces this size. */
    static final int OUTPUT_BUFFER = 64 * 1024;
    /** The longest a client may take to send a request's head, and then its body. */
    static final Duration READ_DEADLINE = Duration.ofSeconds(10);
    /** A connection with nothing sent either way for this long is closed. */
    static final long IDLE_MILLIS = 10_000;

    private JettyLimits() {
    }

    /** Applies the limits to every HTTP connector of {@code server} and wraps its handler. */
    static void apply(Server server, long maxRequestBytes, int slowConnectionsPerClient) {
        ReadDeadline deadline = new ReadDeadline(READ_DEADLINE);
        SlowClientLimit limit = new SlowClientLimit(slowConnectionsPerClient);
        for (Connector connector : server.getConnectors()) {
            deadline.onConnector(connector);
            limit.onConnector(connector);
            connector.getConnectionFactories().stream().filter(HttpConnectionFactory.class::isInstance)
                    .map(f -> ((HttpConnectionFactory) f).getHttpConfiguration()).forEach(http -> configure(http, maxRequestBytes));
            if (connector instanceof org.eclipse.jetty.server.AbstractConnector c) {
                c.setIdleTimeout(IDLE_MILLIS);
            }
        }
        // every body up to the cap is retained before dispatch; a larger one (or one of unknown length)
        // is dispatched unread, for RequestLimitFilter to refuse
        server.setHandler(deadline.outer(limit.outer(new EagerContentHandler(limit.inner(deadline.inner(server.getHandler())),
                new EagerContentHandler.RetainedContentLoaderFactory(maxRequestBytes, -1, false)))));
    }

    private static void configure(HttpConfiguration http, long maxRequestBytes) {
        http.setOutputBufferSize(OUTPUT_BUFFER);
        // a query sent by GET may be as long as one sent by POST (RequestLimitFilter answers 414 beyond)
        http.setRequestHeaderSize((int) Math.min(Integer.MAX_VALUE, maxRequestBytes + 16 * 1024));
        http.setIdleTimeout(IDLE_MILLIS);
    }
}
