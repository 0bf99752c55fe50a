package org.coldwar.serve;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A time limit on reading a request: a new connection whose first request line and headers have
 * not arrived within the limit is closed, and so is one whose request body has not all arrived
 * within the limit of its headers. Dribbling a few bytes every second keeps a connection out of
 * the idle timeout, but not beyond this. (Headers of a later request on a kept-alive connection
 * are bounded by the idle timeout only.)
 *
 * <p>Wrap the handler that reads bodies eagerly in {@link #outer} and the application in
 * {@link #inner}; register {@link #onConnector} on every connector.
 */
final class ReadDeadline {

    private static final String DISPATCHED = ReadDeadline.class.getName() + ".dispatched";

    private final long millis;
    private final Set<Connection> started = ConcurrentHashMap.newKeySet();

    ReadDeadline(Duration limit) {
        this.millis = limit.toMillis();
    }

    /** Closes connections of {@code connector} that send no complete request head in time. */
    void onConnector(Connector connector) {
        connector.addEventListener(new Connection.Listener() {
            @Override
            public void onOpened(Connection connection) {
                connector.getScheduler().schedule(() -> {
                    if (!started.contains(connection)) {
                        connection.getEndPoint().close();
                    }
                }, millis, TimeUnit.MILLISECONDS);
            }

            @Override
            public void onClosed(Connection connection) {
                started.remove(connection);
            }
        });
    }

    /** Starts the body's clock when the headers are in; closes the connection if it runs out first. */
    Handler outer(Handler bodyReader) {
        return new Handler.Wrapper(bodyReader) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                Connection connection = request.getConnectionMetaData().getConnection();
                started.add(connection);
                AtomicBoolean dispatched = new AtomicBoolean();
                request.setAttribute(DISPATCHED, dispatched);
                request.getComponents().getScheduler().schedule(() -> {
                    if (!dispatched.get()) {
                        connection.getEndPoint().close();
                    }
                }, millis, TimeUnit.MILLISECONDS);
                return super.handle(request, response, callback);
            }
        };
    }

    /** Stops the body's clock: the request reached the application with its body read. */
    Handler inner(Handler application) {
        return new Handler.Wrapper(application) {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (request.getAttribute(DISPATCHED) instanceof AtomicBoolean dispatched) {
                    dispatched.set(true);
                }
                return super.handle(request, response, callback);
            }
        };
    }
}
