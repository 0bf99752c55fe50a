package org.coldwar.serve;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * At most so many connections of one client address in the slow phase at once: a connection is
 * in it from when it opens until its first request, body and all, has arrived, and again from
 * each later request's head until its body has arrived. Beyond the limit a new connection from
 * that address is closed at once, and a later request on a kept-alive connection is answered
 * {@code 503} and closed; other addresses are served as before. {@link ReadDeadline} bounds how
 * long each such connection lasts, this how many one address holds.
 *
 * <p>The address is the connection's peer. Behind a reverse proxy that is the proxy's, which
 * sends complete requests quickly (nginx buffers request bodies by default), so the limit rarely
 * bites there; the proxy limits its own clients.
 *
 * <p>Register {@link #onConnector} on every connector, wrap the handler that reads bodies eagerly
 * in {@link #outer} and the application in {@link #inner}.
 */
final class SlowClientLimit {

    private final int max;
    private final ConcurrentHashMap<InetAddress, Integer> slow = new ConcurrentHashMap<>();
    private final Set<Connection> counted = ConcurrentHashMap.newKeySet();

    /** @throws IllegalArgumentException if {@code max} is below 1 */
    SlowClientLimit(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("slow connections per client must be at least 1, was " + max);
        }
        this.max = max;
    }

    /** Counts the connections of {@code connector} from their opening; closes those beyond the limit. */
    void onConnector(Connector connector) {
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                if (!enter(connection)) {
                    connection.getEndPoint().close();
                }
            }

            @Override
            public void onClosed(Connection connection) {
                leave(connection);
            }
        });
    }

    /** Counts a later request on a kept-alive connection from its head; refuses it beyond the limit. */
    Handler outer(Handler bodyReader) {
        return new Handler.Wrapper(bodyReader) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (!enter(request.getConnectionMetaData().getConnection())) {
                    response.getHeaders().put(HttpHeader.CONNECTION, "close");
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, "10");
                    Response.writeError(request, response, callback, 503,
                            "more than " + max + " slow connections from this address");
                    return true;
                }
                return super.handle(request, response, callback);
            }
        };
    }

    /** Ends the slow phase: the request reached the application with its body read. */
    Handler inner(Handler application) {
        return new Handler.Wrapper(application) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                leave(request.getConnectionMetaData().getConnection());
                return super.handle(request, response, callback);
            }
        };
    }

    /** True if the connection is (now or already) counted within the limit. */
    private boolean enter(Connection connection) {
        if (counted.contains(connection)) {
            return true;
        }
        boolean[] admitted = {false};
        slow.compute(address(connection), (address, count) -> {
            int n = count == null ? 0 : count;
            admitted[0] = n < max;
            return admitted[0] ? n + 1 : count;
        });
        if (admitted[0]) {
            counted.add(connection);
        }
        return admitted[0];
    }

    private void leave(Connection connection) {
        if (counted.remove(connection)) {
            slow.computeIfPresent(address(connection), (address, count) -> count == 1 ? null : count - 1);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : InetAddress.getLoopbackAddress();
    }
}
