package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/** Requests in the combined log format in a file; errors through SLF4J to logback, quiet by default. */
class ServerLogsTest {

    @Test
    void requestsAreLoggedInTheCombinedLogFormat() throws Exception {
        TestServer server = TestServer.get();
        HttpResponse<String> r = server.http.send(HttpRequest.newBuilder(URI.create(server.server.url() + "entity/joseph_stalin"))
                .header("Referer", "http://example.org/from").header("User-Agent", "coldwar-test/1").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Path log = server.root.resolve("logs/access.log");
        String line = null;
        for (int i = 0; i < 50 && line == null; i++) {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            line = lines.stream().filter(l -> l.contains("coldwar-test/1")).findFirst().orElse(null);
            if (line == null) {
                Thread.sleep(100);
            }
        }
        assertTrue(line != null, "the request is in " + log);
        assertTrue(line.matches("127\\.0\\.0\\.1 - - \\[[^\\]]+\\] \"GET /entity/joseph_stalin HTTP/[0-9.]+\" 200 [0-9]+ "
                + "\"http://example\\.org/from\" \"coldwar-test/1\""), line);
    }

    @Test
    void errorLinesReachLogbackAndTheTerminalIsQuiet() {
        assertTrue(LoggerFactory.getILoggerFactory() instanceof LoggerContext, "logback is the SLF4J backend");
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        assertEquals(ch.qos.logback.classic.Level.WARN, context.getLogger(Logger.ROOT_LOGGER_NAME).getLevel(),
                "warnings and errors only, unless -Dcoldwar.log says otherwise");
        ServerLogs.routeJavaLogging();
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        Logger errors = context.getLogger("org.coldwar.serve.errors");
        errors.addAppender(seen);
        try {
            ErrorLogFilter.LOG.log(Level.WARNING, "request cw-0: 500 GET /x: boom");
            assertEquals(1, seen.list.size());
            assertEquals("request cw-0: 500 GET /x: boom", seen.list.get(0).getFormattedMessage());
        } finally {
            errors.detachAppender(seen);
        }
    }

    @Test
    void aClientErrorThatEscapesAsAnExceptionIsNotLoggedAsA500() {
        assertEquals(413, ErrorLogFilter.statusOf(new RuntimeException(new org.eclipse.jetty.http.BadMessageException(413))));
        assertEquals(400, ErrorLogFilter.statusOf(new org.eclipse.jetty.http.BadMessageException("Unable to parse form content")));
        assertEquals(500, ErrorLogFilter.statusOf(new IllegalStateException("a bug")));
    }
}
