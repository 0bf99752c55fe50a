package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.Test;

/**
 * {@link JettyLimits} on a plain Jetty server: a body that has arrived whole is the server's to
 * read at its own pace. Jetty's minimum request data rate, which these limits once set, is checked
 * at each read the application makes, so an application that paused between two reads of
 * a short body (a query parser reading as it parses, a collector's pause, a loaded machine) had
 * its request refused with 408 although the client had sent everything at once.
 */
class JettyLimitsTest {

    /** Reads the body a byte at a time, pausing between bytes, and answers how many it read. */
    private static final class SlowReader extends HttpServlet {
        @Override
        protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
            int count = 0;
            try (InputStream in = request.getInputStream()) {
                while (in.read() >= 0) {
                    count++;
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
            }
            response.setContentType("text/plain");
            response.getWriter().print(count);
        }
    }

    @Test
    void aBodyThatHasArrivedIsReadAtTheServersPace() throws Exception {
        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler();
        context.addServlet(new ServletHolder(new SlowReader()), "/read");
        server.setHandler(context);
        JettyLimits.apply(server, 1 << 20, 8);
        server.start();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + connector.getLocalPort() + "/read"))
                    .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertEquals("6", response.body());
        } finally {
            server.stop();
        }
    }
}
