package org.coldwar.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jetty.server.CustomRequestLog;
import org.eclipse.jetty.server.RequestLog;
import org.eclipse.jetty.server.RequestLogWriter;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Where the server's logs go. Requests: an access log file in the combined log format, which web
 * operators' tools (GoAccess, AWStats, fail2ban…) read. Everything else (our error lines with
 * their request id, Jena's and Jetty's messages) goes through SLF4J to logback, which by
 * {@code logback.xml} prints warnings and errors on standard error and nothing chattier.
 */
final class ServerLogs {

    private ServerLogs() {
    }

    /** A request log appending to {@code file} (its directory made if missing). */
    static RequestLog accessLog(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the access log's directory for " + file, e);
        }
        RequestLogWriter writer = new RequestLogWriter(file.toString());
        writer.setAppend(true);
        return new CustomRequestLog(writer, CustomRequestLog.EXTENDED_NCSA_FORMAT);
    }

    /** java.util.logging (our error log, some libraries) into SLF4J, once per JVM. */
    static synchronized void routeJavaLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
