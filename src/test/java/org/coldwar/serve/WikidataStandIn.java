package org.coldwar.serve;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.coldwar.TestFiles;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Real SPARQL servers on loopback standing in for Wikidata: a Fuseki loaded with a small
 * fixture in Wikidata's RDF shapes, the same behind a filter that answers slowly, the same behind
 * a filter that answers 429 while told to, and a canary socket that counts every connection
 * (it must see none). Each records the requests it got.
 */
final class WikidataStandIn implements AutoCloseable {

    final FusekiServer wikidata;
    final FusekiServer slow;
    final FusekiServer throttled;
    final ServerSocket canary;
    final AtomicInteger canaryConnections = new AtomicInteger();
    final AtomicInteger throttledRequests = new AtomicInteger();
    final AtomicInteger wikidataRequests = new AtomicInteger();
    final AtomicInteger answer429Times = new AtomicInteger();
    final List<String> userAgents = new CopyOnWriteArrayList<>();

    WikidataStandIn() throws IOException {
        DatasetGraph fixture = DatasetGraphFactory.createTxnMem();
        RDFDataMgr.read(fixture, TestFiles.resource("wikidata/fixture.ttl").toString());
        wikidata = start(fixture, (req, res, chain) -> {
            wikidataRequests.incrementAndGet();
            userAgents.add(String.valueOf(((HttpServletRequest) req).getHeader("User-Agent")));
            chain.doFilter(req, res);
        });
        slow = start(fixture, (req, res, chain) -> {
            try {
                Thread.sleep(6000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            chain.doFilter(req, res);
        });
        throttled = start(fixture, (req, res, chain) -> {
            throttledRequests.incrementAndGet();
            if (answer429Times.getAndDecrement() > 0) {
                HttpServletResponse response = (HttpServletResponse) res;
                response.setHeader("Retry-After", "1");
                response.sendError(429, "Too Many Requests");
                return;
            }
            chain.doFilter(req, res);
        });
        canary = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread watcher = new Thread(() -> {
            while (!canary.isClosed()) {
                try (Socket s = canary.accept()) {
                    canaryConnections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        }, "canary");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static FusekiServer start(DatasetGraph data, Filter filter) {
        FusekiServer server = FusekiServer.create().port(0).loopback(true).add("/wikidata", data)
                .addFilter("/*", filter).build();
        server.start();
        return server;
    }

    static String endpoint(FusekiServer server) {
        return "http://127.0.0.1:" + server.getHttpPort() + "/wikidata/sparql";
    }

    String canaryEndpoint() {
        return "http://127.0.0.1:" + canary.getLocalPort() + "/sparql";
    }

    @Override
    public void close() throws IOException {
        wikidata.stop();
        slow.stop();
        throttled.stop();
        canary.close();
    }
}
