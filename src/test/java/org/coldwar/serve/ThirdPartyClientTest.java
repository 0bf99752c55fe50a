package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.coldwar.Resources;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Our endpoint and documents as a third-party client sees them: Debian's python3-sparqlwrapper
 * (SELECT, ASK, CONSTRUCT and DESCRIBE, with its default format and its rdf+xml, n3 and turtle
 * output parameters) and python3-rdflib (parsing an entity document by content negotiation), run
 * by {@code src/test/resources/clients/sparqlwrapper_rdflib.py}. Skipped only where there is no
 * python3; missing libraries are a failure ({@code .ci/run} installs them).
 */
class ThirdPartyClientTest {

    @Test
    void sparqlWrapperAndRdflibUseTheEndpointAndTheDocuments(@TempDir Path dir) throws Exception {
        Optional<Path> python = python3();
        Assumptions.assumeTrue(python.isPresent(),
                "python3 is not installed: the third-party client test needs Debian's python3 with python3-rdflib and "
                        + "python3-sparqlwrapper (.ci/run installs them)");
        Path script = dir.resolve("sparqlwrapper_rdflib.py");
        Files.write(script, Resources.bytes(ThirdPartyClientTest.class, "/clients/sparqlwrapper_rdflib.py"));
        Process process = new ProcessBuilder(python.get().toString(), script.toString(), TestServer.get().server.url())
                .redirectErrorStream(true).start();
        process.getOutputStream().close();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the client script did not finish within 180 s");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.exitValue() != 3, python.get() + " lacks a client library:\n" + output);
        assertEquals(0, process.exitValue(), output);
        assertTrue(output.lines().filter(l -> l.startsWith("ok ")).count() >= 16, output);
    }

    /** Debian's python3 (where apt installs the libraries) if present, else the first on PATH. */
    private static Optional<Path> python3() throws IOException {
        Path debian = Path.of("/usr/bin/python3");
        if (Files.isExecutable(debian)) {
            return Optional.of(debian);
        }
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .filter(d -> !d.isBlank()).map(d -> Path.of(d, "python3")).filter(Files::isExecutable).findFirst();
    }
}
