package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * Slow clients (issue 9): connections that dribble a request body or its headers (3 bytes every
 * 2 s) must not starve the others. With 50 of each open (each pair from an address of its own in
 * 127.0.1.0/24, as a hundred clients would), a normal query still answers in under 2 s, again
 * and again; and once the read deadline has passed, the server has closed them all. One address
 * alone may hold only {@link ColdwarServer.Settings#SLOW_CONNECTIONS_PER_CLIENT} slow connections:
 * the rest are closed at once, while other addresses are served.
 */
class SlowClientTest {

    private final TestServer server = TestServer.get();

    @Test
    void fiftySlowBodiesAndFiftySlowHeadersDoNotStarveAQuery() throws Exception {
        List<Socket> sockets = new ArrayList<>();
        long opened = System.nanoTime();
        ScheduledExecutorService dribbler = Executors.newSingleThreadScheduledExecutor();
        try {
            for (int i = 0; i < 50; i++) {
                InetAddress client = InetAddress.getByName("127.0.1." + (i + 1));
                Socket body = open(client);
                body.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nquery=")
                        .getBytes(StandardCharsets.US_ASCII));
                sockets.add(body);
                Socket header = open(client);
                header.getOutputStream().write("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                        .getBytes(StandardCharsets.US_ASCII));
                sockets.add(header);
            }
            dribbler.scheduleAtFixedRate(() -> sockets.forEach(SlowClientTest::dribble), 0, 2, TimeUnit.SECONDS);
            for (int round = 0; round < 4; round++) {
                Thread.sleep(3000);
                long start = System.nanoTime();
                HttpResponse<String> quick = TestServer.sendFresh(java.net.http.HttpRequest.newBuilder(
                        server.uri("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).timeout(java.time.Duration.ofSeconds(30))
                        .header("Accept", "application/sparql-results+json").build());
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.println("SLOW-CLIENTS round " + round + ": a normal query beside 50 slow bodies and 50 slow headers: "
                        + millis + " ms");
                assertEquals(200, quick.statusCode());
                assertTrue(millis < 2000, "round " + round + ": a normal query took " + millis + " ms beside 100 slow clients");
            }
            long cutOff = opened + JettyLimits.READ_DEADLINE.plusSeconds(3).toNanos();
            Thread.sleep(Math.max(0, (cutOff - System.nanoTime()) / 1_000_000));
            int answered = 0;
            for (Socket socket : sockets) {
                try {
                    socket.setSoTimeout(200);
                    byte[] head = new byte[12];
                    int n = socket.getInputStream().read(head);
                    if (n != 0) {
                        answered++;
                    }
                } catch (java.net.SocketTimeoutException stillOpen) {
                    // the server still waits for this client
                } catch (IOException e) {
                    answered++;  // reset by the server
                }
            }
            System.out.println("SLOW-CLIENTS closed by the server " + JettyLimits.READ_DEADLINE.plusSeconds(3).toSeconds()
                    + " s after they began: " + answered + " of " + sockets.size());
            assertEquals(sockets.size(), answered, "every slow client was cut off at the read deadline");
        } finally {
            dribbler.shutdownNow();
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    @Test
    void oneAddressHoldsOnlySoManySlowConnections() throws Exception {
        int limit = ColdwarServer.Settings.SLOW_CONNECTIONS_PER_CLIENT;
        InetAddress greedy = InetAddress.getByName("127.0.0.2");
        List<Socket> sockets = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < 50; i++) {
                Socket body = open(greedy);
                body.getOutputStream().write(("POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 4000\r\n\r\nquery=")
                        .getBytes(StandardCharsets.US_ASCII));
                sockets.add(body);
            }
            Thread.sleep(500);
            int refused = 0;
            for (Socket socket : sockets) {
                if (closedByServer(socket, 30)) {
                    refused++;
                }
            }
            long refusedMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.println("SLOW-CLIENTS one address opened 50 slow-body connections: " + refused
                    + " closed by the server within " + refusedMillis + " ms, " + (50 - refused) + " held");
            assertEquals(50 - limit, refused, "all beyond the first " + limit + " were closed at once");

            long begin = System.nanoTime();
            HttpResponse<String> other = TestServer.sendFresh(java.net.http.HttpRequest.newBuilder(
                    server.uri("/sparql?query=ASK%7B%3Fs%20%3Fp%20%3Fo%7D")).timeout(java.time.Duration.ofSeconds(30))
                    .header("Accept", "application/sparql-results+json").build());
            long millis = (System.nanoTime() - begin) / 1_000_000;
            System.out.println("SLOW-CLIENTS a normal query from another address beside them: " + millis + " ms");
            assertEquals(200, other.statusCode());
            assertTrue(millis < 2000, "a normal query took " + millis + " ms");

            try (Socket more = open(greedy)) {
                more.getOutputStream().write("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
                        .getBytes(StandardCharsets.US_ASCII));
                assertTrue(closedByServer(more, 1000), "the greedy address's next connection is closed unanswered");
            }
        } finally {
            for (Socket socket : sockets) {
                socket.close();
            }
        }
        Thread.sleep(300);
        try (Socket again = open(greedy)) {
            again.getOutputStream().write("GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(again.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            assertTrue(answer.startsWith("HTTP/1.1 200"), "served again once its slow connections closed: " + answer);
        }
    }

    /** True if the server closed (or reset) the connection without answering within {@code millis}. */
    private static boolean closedByServer(Socket socket, int millis) throws IOException {
        socket.setSoTimeout(millis);
        try {
            return socket.getInputStream().read() < 0;
        } catch (java.net.SocketTimeoutException stillOpen) {
            return false;
        } catch (IOException reset) {
            return true;
        }
    }

    /** A connection to the server from {@code client}, one of the loopback addresses. */
    private Socket open(InetAddress client) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port(), client, 0);
        socket.setSoTimeout(1000);
        return socket;
    }

    private static void dribble(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write("aaa".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        } catch (IOException e) {
            // the server closed it: that is allowed
        }
    }
}
