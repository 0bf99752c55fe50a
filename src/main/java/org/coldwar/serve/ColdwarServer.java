package org.coldwar.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.service.ServiceExecutorRegistry;
import org.coldwar.federate.BatchingServiceExecutor;
import org.coldwar.federate.GuardedServiceExecutor;
import org.coldwar.federate.RemoteSparql;
import org.coldwar.federate.ServicePolicy;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Checksums;

/**
 * The embedded server: Fuseki built from {@code fuseki-config/coldwar.ttl} over the TDB2 store
 * loaded from a release, with the linked-data site, the downloads, CORS and request limits in
 * front. Binds to the loopback interface unless told otherwise; port 0 picks a free port.
 */
public final class ColdwarServer implements AutoCloseable {

    private final FusekiServer fuseki;
    private final Path store;

    private ColdwarServer(FusekiServer fuseki, Path store) {
        this.fuseki = fuseki;
        this.store = store;
    }

    /** What a server is started with. */
    public record Settings(Path releaseDir, Path storeDir, IriMinter iris, int port, boolean loopbackOnly,
            Duration queryTimeout, long maxRequestBytes, ServicePolicy servicePolicy, Path accessLog,
            int slowConnectionsPerClient) {

        public Settings {
            Objects.requireNonNull(releaseDir, "releaseDir");
            Objects.requireNonNull(storeDir, "storeDir");
            Objects.requireNonNull(iris, "iris");
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0..65535, was " + port);
            }
            if (queryTimeout.isNegative() || queryTimeout.isZero()) {
                throw new IllegalArgumentException("query timeout must be positive, was " + queryTimeout);
            }
            Objects.requireNonNull(servicePolicy, "servicePolicy");
            if (maxRequestBytes < 1024) {
                throw new IllegalArgumentException("request cap must be at least 1024 bytes, was " + maxRequestBytes);
            }
            if (slowConnectionsPerClient < 1) {
                throw new IllegalArgumentException("slow connections per client must be at least 1, was "
                        + slowConnectionsPerClient);
            }
        }

        /** Connections one client address may hold before its request has arrived, unless told otherwise. */
        public static final int SLOW_CONNECTIONS_PER_CLIENT = 32;

        /**
         * Defaults: store beside the release, loopback, 30 s timeout, 256 KiB request cap, no access
         * log, {@value #SLOW_CONNECTIONS_PER_CLIENT} slow connections per client.
         */
        public static Settings of(Path releaseDir, IriMinter iris, int port) {
            Path release = releaseDir.toAbsolutePath().normalize();
            return new Settings(release, release.resolveSibling(release.getFileName() + ".tdb2"), iris, port, true,
                    Duration.ofSeconds(30), 256 * 1024, ServicePolicy.defaults(), null,
                    SLOW_CONNECTIONS_PER_CLIENT);
        }

        public Settings withStore(Path store) {
            return new Settings(releaseDir, store, iris, port, loopbackOnly, queryTimeout, maxRequestBytes,
                    servicePolicy, accessLog, slowConnectionsPerClient);
        }

        public Settings withQueryTimeout(Duration timeout) {
            return new Settings(releaseDir, storeDir, iris, port, loopbackOnly, timeout, maxRequestBytes,
                    servicePolicy, accessLog, slowConnectionsPerClient);
        }

        public Settings withLoopbackOnly(boolean loopback) {
            return new Settings(releaseDir, storeDir, iris, port, loopback, queryTimeout, maxRequestBytes,
                    servicePolicy, accessLog, slowConnectionsPerClient);
        }

        public Settings withServicePolicy(ServicePolicy policy) {
            return new Settings(releaseDir, storeDir, iris, port, loopbackOnly, queryTimeout, maxRequestBytes,
                    policy, accessLog, slowConnectionsPerClient);
        }

        /**
         * Requests are logged to {@code file} in the combined log format (NCSA with referrer and user
         * agent, as Apache httpd and nginx write it), appended to; null logs none.
         */
        public Settings withAccessLog(Path file) {
            return new Settings(releaseDir, storeDir, iris, port, loopbackOnly, queryTimeout, maxRequestBytes, servicePolicy,
                    file, slowConnectionsPerClient);
        }

        /**
         * One client address may hold at most {@code max} connections whose request (head and body)
         * has not all arrived; beyond, its new connections are closed at once.
         */
        public Settings withSlowConnectionsPerClient(int max) {
            return new Settings(releaseDir, storeDir, iris, port, loopbackOnly, queryTimeout, maxRequestBytes, servicePolicy,
                    accessLog, max);
        }

        public Settings withMaxRequestBytes(long max) {
            return new Settings(releaseDir, storeDir, iris, port, loopbackOnly, queryTimeout, max, servicePolicy,
                    accessLog, slowConnectionsPerClient);
        }
    }

    /** Loads the store if it is stale and starts the server; returns when it is ready. */
    public static ColdwarServer start(Settings settings) {
        ServerLogs.routeJavaLogging();
        FusekiConfiguration base = FusekiConfiguration.packaged().withQueryTimeout(settings.queryTimeout());
        Path store = StoreLoader.loadIfStale(settings.releaseDir(), settings.storeDir(), settings.iris(), base);
        FusekiConfiguration config = base.withStore(store);
        ServicePolicy policy = settings.servicePolicy().allowing(config.allowedServices());
        LocalPaths paths = new LocalPaths(settings.iris());
        AtomicReference<Site> site = new AtomicReference<>();
        FusekiServer.Builder builder = FusekiServer.create().port(settings.port()).loopback(settings.loopbackOnly())
                .registerOperation(Operation.Query, new LimitedQueryProcessor(policy, settings.queryTimeout()));
        try {
            builder.parseConfig(config.model());
        } catch (org.apache.jena.assembler.exceptions.AssemblerException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new IllegalStateException("cannot open the store " + store + ": " + cause.getMessage(), e);
        }
        FusekiServer fuseki = null;
        try {
            fuseki = builder
                    .addFilter("/*", new ErrorLogFilter())
                    .addFilter("/*", new CorsFilter())
                    .addFilter("/*", new HoldBackFilter())
                    .addFilter("/*", new RequestLimitFilter(settings.maxRequestBytes()))
                    .addFilter("/*", new SparqlProtocolFilter())
                    .addServlet("/download/*", new DownloadServlet(settings.releaseDir(),
                            Checksums.read(settings.releaseDir())))
                    .addServlet("/*", new LinkedDataServlet(site::get))
                    .build();
            DataAccessPoint endpoint = fuseki.getDataAccessPointRegistry().get("/sparql");
            DatasetGraph dataset = endpoint.getDataService().getDataset();
            guardServiceCalls(dataset, policy);
            site.set(new Site(dataset, paths, settings.releaseDir()));
            JettyLimits.apply(fuseki.getJettyServer(), settings.maxRequestBytes(), settings.slowConnectionsPerClient());
            if (settings.accessLog() != null) {
                fuseki.getJettyServer().setRequestLog(ServerLogs.accessLog(settings.accessLog()));
            }
            fuseki.start();
            return new ColdwarServer(fuseki, store);
        } catch (RuntimeException e) {
            // e.g. the port is taken: release the store, which this JVM would otherwise keep locked
            if (fuseki != null) {
                new ColdwarServer(fuseki, store).close();
            }
            throw e;
        }
    }

    /**
     * Makes every SERVICE call of queries on {@code dataset} go through the allow-list and the
     * polite client, never through Jena's unrestricted HTTP executor (which is also switched off).
     */
    private static void guardServiceCalls(DatasetGraph dataset, ServicePolicy policy) {
        RemoteSparql remote = new RemoteSparql(policy);
        ServiceExecutorRegistry registry = new ServiceExecutorRegistry();
        registry.addSingleLink(new GuardedServiceExecutor(remote));
        BatchingServiceExecutor batching = new BatchingServiceExecutor(remote);
        registry.addBulkLink(batching);
        ServiceExecutorRegistry.set(dataset.getContext(), registry);
        dataset.getContext().set(BatchingServiceExecutor.SYMBOL, batching);
        dataset.getContext().set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
    }

    /** The directory of the TDB2 store and text index being served. */
    public Path storeDirectory() {
        return store;
    }

    /** The port the server listens on. */
    public int port() {
        return fuseki.getHttpPort();
    }

    /** The server's root URL on loopback, ending in '/'. */
    public String url() {
        return "http://127.0.0.1:" + port() + "/";
    }

    /** Blocks until the server stops. */
    public void join() {
        fuseki.join();
    }

    /** Stops the server and releases the store. */
    @Override
    public void close() {
        var datasets = fuseki.getDataAccessPointRegistry().accessPoints().stream()
                .map(p -> p.getDataService().getDataset()).distinct().toList();
        fuseki.stop();
        datasets.forEach(DatasetGraph::close);
    }
}
