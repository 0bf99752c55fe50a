package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Queries that once ran on past the timeout (issue 9): nested property paths and regular
 * expressions with catastrophic backtracking. Each must be answered by the timeout, and a few
 * seconds later no server thread may still be burning CPU on it.
 */
class QueryTimeoutTest {

    private final TestServer server = TestServer.get();

    /** Each query alone would run for minutes (or years) without cooperative cancellation. */
    static final List<String> RUNAWAYS = List.of(
            "SELECT * WHERE { ?s ((!<urn:x:x>)*/(^!<urn:x:x>)*)*/((!<urn:x:x>|^!<urn:x:x>)*)* ?o }",
            "SELECT ?o WHERE { ?s ?p ?o FILTER(REGEX(STR(?o), \"^(.*a){12}$\")) }",
            "ASK { FILTER(REGEX(\"" + "a".repeat(40) + "!\", \"^(.*a){15}$\")) }",
            "SELECT ?x WHERE { BIND(REPLACE(\"" + "a".repeat(40) + "!\", \"^(.*a){15}$\", \"b\") AS ?x) }",
            "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?l FILTER(REGEX(STR(?l), \"^(.*a){12}$\")) } }");

    @Test
    void runawayQueriesAreAnsweredByTheTimeout() {
        for (String query : RUNAWAYS) {
            long start = System.nanoTime();
            HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/sparql"))
                    .timeout(TestServer.TIMEOUT.plusSeconds(20))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "application/sparql-results+json")
                    .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertTrue(r.statusCode() == 503 || r.statusCode() == 408, query + " -> " + r.statusCode() + " " + r.body());
            assertTrue(millis < TestServer.TIMEOUT.toMillis() + 3000, query + " answered after " + millis + " ms");
            assertNoBusyServerThread(query);
        }
    }

    @Test
    void eightParallelRegexBombsLeaveTheServerIdle() throws Exception {
        String bomb = RUNAWAYS.get(2);
        var requests = new java.util.ArrayList<java.util.concurrent.CompletableFuture<HttpResponse<String>>>();
        for (int i = 0; i < 8; i++) {
            requests.add(server.http.sendAsync(HttpRequest.newBuilder(server.uri("/sparql?query="
                    + URLEncoder.encode(bomb, StandardCharsets.UTF_8))).timeout(TestServer.TIMEOUT.plusSeconds(20))
                    .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (var request : requests) {
            assertEquals(503, request.get().statusCode());
        }
        assertNoBusyServerThread(bomb);
        HttpResponse<String> quick = server.sparql("ASK { ?s ?p ?o }", "application/sparql-results+json");
        assertEquals(200, quick.statusCode());
    }

    @Test
    void aClientMayLowerTheTimeoutButNeverRaiseIt() {
        String crossProduct = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
        for (String timeout : List.of("90,90", "90", "0,90")) {
            long millis = timed(crossProduct, timeout);
            assertTrue(millis < TestServer.TIMEOUT.toMillis() + 2000, "timeout=" + timeout + " ran " + millis + " ms");
        }
        long lowered = timed(crossProduct, "1");
        assertTrue(lowered < 2500, "timeout=1 ran " + lowered + " ms");
    }

    private long timed(String query, String timeout) {
        long start = System.nanoTime();
        HttpResponse<String> r = server.send(HttpRequest.newBuilder(server.uri("/sparql?timeout=" + timeout + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8))).timeout(Duration.ofSeconds(120))
                .header("Accept", "application/sparql-results+json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, r.statusCode(), r.body());
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Over two seconds, no thread of the server's pool may use more than a fifth of a core. */
    static void assertNoBusyServerThread(String what) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        sleep(Duration.ofMillis(500));
        Map<Long, Long> before = cpuTimes(threads);
        sleep(Duration.ofSeconds(2));
        Map<Long, Long> after = cpuTimes(threads);
        for (Map.Entry<Long, Long> thread : after.entrySet()) {
            long used = thread.getValue() - before.getOrDefault(thread.getKey(), thread.getValue());
            ThreadInfo info = threads.getThreadInfo(thread.getKey(), 20);
            if (info != null && used > 400_000_000L) {
                StringBuilder dump = new StringBuilder(info.getThreadName());
                for (StackTraceElement frame : info.getStackTrace()) {
                    dump.append("\n  at ").append(frame);
                }
                throw new AssertionError("still busy after " + what + " (" + used / 1_000_000 + " ms CPU in 2 s): " + dump);
            }
        }
    }

    private static Map<Long, Long> cpuTimes(ThreadMXBean threads) {
        Map<Long, Long> times = new HashMap<>();
        for (long id : threads.getAllThreadIds()) {
            long cpu = threads.getThreadCpuTime(id);
            if (cpu >= 0) {
                times.put(id, cpu);
            }
        }
        return times;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
