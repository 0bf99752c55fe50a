package org.coldwar.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;

/** The embedded server is built from fuseki-config/coldwar.ttl, changed only where it must be. */
class FusekiConfigurationTest {

    @Test
    void thePackagedConfigurationIsTheRepositoryFile() throws Exception {
        try (var in = FusekiConfiguration.class.getResourceAsStream(FusekiConfiguration.RESOURCE)) {
            assertEquals(java.nio.file.Files.readString(Path.of("fuseki-config/coldwar.ttl")),
                    new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        assertEquals(Duration.ofSeconds(30), FusekiConfiguration.packaged().queryTimeout(), "documented default");
        assertEquals(java.util.List.of("https://query.wikidata.org/sparql"), FusekiConfiguration.packaged().allowedServices());
    }

    @Test
    void onlyTheLocationsAndTheTimeoutChange() {
        FusekiConfiguration packaged = FusekiConfiguration.packaged();
        FusekiConfiguration run = packaged.withStore(Path.of("/tmp/store")).withQueryTimeout(Duration.ofSeconds(5));
        Model file = packaged.model();
        Model removed = ModelFactory.createDefaultModel().add(file).remove(run.model());
        Model added = ModelFactory.createDefaultModel().add(run.model()).remove(file);
        assertEquals(3, removed.size(), removed.toString());
        assertEquals(3, added.size(), added.toString());
        assertTrue(added.toString().contains("/tmp/store/tdb2") && added.toString().contains("/tmp/store/text"));
        assertEquals(Duration.ofSeconds(5), run.queryTimeout());
    }

    @Test
    void theIndexDefinitionNamesTheAnalyzerNotTheDirectory() {
        String packaged = FusekiConfiguration.packaged().indexDefinition();
        assertEquals(packaged, FusekiConfiguration.packaged().indexDefinition(), "the same file, the same fingerprint");
        assertEquals(packaged, FusekiConfiguration.packaged().withStore(Path.of("elsewhere")).indexDefinition(),
                "the index's directory is not part of it");
        Model text = FusekiConfiguration.packaged().model();
        assertTrue(text.listStatements(null, text.createProperty("http://jena.apache.org/text#filters"), (org.apache.jena.rdf.model.RDFNode) null)
                .hasNext(), "the index folds case and accents (ASCIIFoldingFilter)");
    }
}
