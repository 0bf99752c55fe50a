package org.coldwar.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.coldwar.map.IriMinter;
import org.coldwar.publish.Checksums;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.publish.ReleaseDirectory;
import org.coldwar.serve.ColdwarServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code coldwar serve}: builds the release when it is missing or older than its inputs, loads
 * it into the TDB2 store, and serves the SPARQL endpoint and the linked-data site until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Build the release if needed, then serve it: SPARQL endpoint, linked data, downloads.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SeedsOptions seeds;

    @Mixin
    ReleaseOptions releaseOptions;

    @Option(names = "--store", paramLabel = "DIR", description = "The TDB2 store (default: <release>.tdb2).")
    Path store;

    @Option(names = "--port", defaultValue = "3030", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--listen-all", description = "Listen on all interfaces, not only loopback (e.g. behind a proxy on another host).")
    boolean listenAll;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Query timeout in seconds (default: ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "262144",
            description = "Largest request body accepted (default: ${DEFAULT-VALUE}).")
    long maxRequestBytes;

    @Option(names = "--slow-connections-per-client", paramLabel = "N", defaultValue = "32",
            description = "Connections one client address may hold before its request has fully arrived; "
                    + "beyond, its new connections are closed at once (default: ${DEFAULT-VALUE}).")
    int slowConnectionsPerClient;

    @Option(names = "--allow-service", paramLabel = "URL",
            description = "Also let SERVICE call this SPARQL endpoint (repeatable; Wikidata's is allowed by default).")
    java.util.List<String> allowedServices = new java.util.ArrayList<>();

    @Option(names = "--remote-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Timeout of one SERVICE call in seconds (default: ${DEFAULT-VALUE}).")
    long remoteTimeoutSeconds;

    @Option(names = "--access-log", paramLabel = "FILE",
            description = "Append requests here in the combined log format (default: <release>.logs/access.log; "
                    + "'none' for no access log).")
    String accessLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        IriMinter iris = Cli.iris(spec, seeds.base);
        Path release = releaseOptions.release;
        PrintWriter out = spec.commandLine().getOut();
        checkPortIsFree();  // before minutes of building and loading, not after
        new ReleaseDirectory(release).recover();  // whatever a crashed build left, there is a release again
        if (!Files.exists(release.resolve(Checksums.FILE_NAME)) && !Files.isDirectory(seeds.seeds)) {
            throw new IllegalStateException("no release in " + release + " and no " + seeds.shownSeeds() + "/ to build "
                    + "one from: run 'coldwar serve' in the repository (where seeds/ is), or give --seeds DIR or --release DIR");
        }
        if (releaseIsStale(release, iris)) {
            out.println("building the release from " + seeds.shownSeeds() + " ...");
            out.flush();
            ConsoleProgress progress = ConsoleProgress.forConsole(spec.commandLine().getErr());
            try {
                seeds.releaseBuilder(iris, iris.base() + "sparql").build(new ReleaseDirectory(release), progress);
            } finally {
                progress.done();
            }
        }
        ColdwarServer.Settings settings;
        try {
            settings = ColdwarServer.Settings.of(release, iris, port).withLoopbackOnly(!listenAll)
                    .withQueryTimeout(Duration.ofSeconds(timeoutSeconds)).withMaxRequestBytes(maxRequestBytes)
                    .withSlowConnectionsPerClient(slowConnectionsPerClient)
                    .withServicePolicy(Cli.servicePolicy(spec, allowedServices, remoteTimeoutSeconds));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (store != null) {
            settings = settings.withStore(store.toAbsolutePath());
        }
        Path requests = accessLogFile(release);
        settings = settings.withAccessLog(requests);
        ColdwarServer server = ColdwarServer.start(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            System.err.println("coldwar: stopped");
        }, "coldwar-shutdown"));
        String root = "http://" + (listenAll ? "0.0.0.0" : "127.0.0.1") + ":" + server.port();
        out.println("coldwar serving " + release + " (base " + iris.base() + ", store " + server.storeDirectory() + ")");
        out.println("  site:      " + root + "/");
        out.println("  SPARQL:    " + root + "/sparql   (read-only graph store: " + root + "/coldwar/data)");
        out.println("  query UI:  " + root + "/query");
        out.println("  downloads: " + root + "/#downloads");
        out.println("  requests:  " + (requests == null ? "not logged" : requests + " (combined log format)"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        server.join();
        return ExitCodes.OK;
    }

    /** The access log the user asked for, the default beside the release, or null for none. */
    private Path accessLogFile(Path release) {
        if ("none".equals(accessLog)) {
            return null;
        }
        if (accessLog != null) {
            return Path.of(accessLog).toAbsolutePath();
        }
        Path absolute = release.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".logs").resolve("access.log");
    }

    /** Fails with one line if another program listens on the port already. */
    private void checkPortIsFree() {
        if (port == 0) {
            return;
        }
        java.net.InetAddress address = listenAll ? null : java.net.InetAddress.getLoopbackAddress();
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.bind(new java.net.InetSocketAddress(address, port));
        } catch (IOException e) {
            throw new IllegalStateException("port " + port + " is in use (another coldwar or Fuseki?): stop it, or give "
                    + "--port N (--port 0 picks a free one)");
        }
    }

    /** True if there is no release, it was built under another base, or the software or an input is newer. */
    private boolean releaseIsStale(Path release, IriMinter iris) {
        Path sums = release.resolve(Checksums.FILE_NAME);
        if (!Files.exists(sums)) {
            return true;
        }
        if (!Files.isDirectory(seeds.seeds)) {
            return false;  // no seeds here: serve the release as it is
        }
        try {
            if (!Files.readString(release.resolve(ReleaseBuilder.VOID_FILE)).contains("\"" + iris.base() + "\"")) {
                return true;
            }
            FileTime built = Files.getLastModifiedTime(sums);
            Path software = softwareLocation();
            if (software != null && newer(software, built)) {
                return true;  // a newer build of the software (ontology, shapes, mappers) than the release
            }
            try (Stream<Path> inputs = Files.walk(seeds.seeds)) {
                return inputs.filter(Files::isRegularFile).anyMatch(p -> newer(p, built));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes directory) this command runs from, or null if unknown. */
    private static Path softwareLocation() {
        try {
            var source = ServeCommand.class.getProtectionDomain().getCodeSource();
            return source == null ? null : Path.of(source.getLocation().toURI());
        } catch (java.net.URISyntaxException | SecurityException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean newer(Path file, FileTime than) {
        try {
            return Files.getLastModifiedTime(file).compareTo(than) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
