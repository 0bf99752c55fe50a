package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.graph.GraphFactory;
import org.coldwar.TestFiles;
import org.coldwar.map.BuildInfo;
import org.coldwar.map.IriMinter;
import org.coldwar.problem.InvalidDataException;
import org.coldwar.validate.ShaclGate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The release built from the project's real seeds: complete, true to its sources, reproducible. */
class ReleaseTest {

    static final BuildInfo FIXED = new BuildInfo("test", Instant.parse("2000-01-01T00:00:00Z"));

    @TempDir
    static Path temp;
    static Path seeds;
    static Path dist;
    static Release release;
    static DatasetGraph dataset;

    static ReleaseBuilder builder(Path seeds) {
        return new ReleaseBuilder(seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE),
                IriMinter.DEFAULT_BASE + "sparql", FIXED);
    }

    @BeforeAll
    static void buildOnce() {
        seeds = temp.resolve("seeds");
        TestFiles.copyTree(TestFiles.projectSeeds(), seeds);
        dist = temp.resolve("dist");
        release = builder(seeds).build(new ReleaseDirectory(dist));
        dataset = ReleaseDataset.load(dist);
    }

    private static List<QuerySolution> select(String sparql) {
        try (QueryExec exec = QueryExec.dataset(dataset).query("""
                PREFIX cw: <https://w3id.org/coldwar/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX void: <http://rdfs.org/ns/void#>
                """ + sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet.adapt(exec.select()).forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void everyPassageQuotesItsSourceExactlyAtItsCodePointOffsets() throws IOException {
        Map<String, String> texts = new HashMap<>();
        List<QuerySolution> passages = select("""
                SELECT ?file ?start ?end ?exact ?prefix ?suffix WHERE {
                  ?p a cw:Passage ; oa:hasSource/cw:fileName ?file ;
                     oa:hasSelector [ oa:start ?start ; oa:end ?end ] , [ oa:exact ?exact ; oa:prefix ?prefix ; oa:suffix ?suffix ] }""");
        assertTrue(passages.size() > 100, "passages: " + passages.size());
        for (QuerySolution p : passages) {
            String file = p.getLiteral("file").getString();
            String text = texts.computeIfAbsent(file, f -> read(seeds.resolve(f)));
            int from = text.offsetByCodePoints(0, p.getLiteral("start").getInt());
            int to = text.offsetByCodePoints(0, p.getLiteral("end").getInt());
            assertEquals(text.substring(from, to), p.getLiteral("exact").getString(), file + " " + from);
            assertTrue(text.substring(0, from).endsWith(p.getLiteral("prefix").getString()));
            assertTrue(text.substring(to).startsWith(p.getLiteral("suffix").getString()));
        }
    }

    @Test
    void everyClaimHasItsQuotedPassageAndOwnVoiceClaimsTheirTruthyTriple() {
        assertEquals(release.claims(), select("""
                SELECT ?c WHERE { ?c a cw:Claim FILTER NOT EXISTS { ?c a cw:CandidateClaim }
                  FILTER NOT EXISTS { ?c rdf:predicate cw:publicationDate ; cw:statedIn ?s . ?s cw:teiFile ?f } }""")
                .size());
        assertTrue(select("""
                SELECT ?c WHERE { ?c a cw:Claim FILTER NOT EXISTS { ?c prov:wasDerivedFrom/oa:hasSelector/oa:exact ?exact } }
                """).isEmpty());
        assertTrue(select("""
                SELECT ?c WHERE { GRAPH ?g { ?c cw:truthy true ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
                  FILTER NOT EXISTS { ?s ?p ?o } } }""").isEmpty());
    }

    @Test
    void noClaimBeyondTheSourcesOwnAssertionsHasATruthyTriple() {
        List<QuerySolution> statuses = select("""
                SELECT ?status (COUNT(?c) AS ?n) WHERE { ?c cw:status ?status } GROUP BY ?status""");
        assertTrue(statuses.size() >= 5, "the seeds use most statuses: " + statuses);
        List<QuerySolution> notAsserted = select("""
                SELECT ?c WHERE { ?c a cw:Claim .
                  { ?c cw:status ?status FILTER (?status != cw:Asserted) } UNION { ?c cw:negated true }
                  UNION { ?c cw:hedge ?hedge } }""");
        assertTrue(notAsserted.size() >= 40, "claims that are not plain assertions: " + notAsserted.size());
        assertTrue(select("""
                SELECT ?c WHERE { ?c a cw:Claim ; cw:truthy true .
                  { ?c cw:status ?status FILTER (?status != cw:Asserted) } UNION { ?c cw:negated true }
                  UNION { ?c cw:hedge ?hedge } }""").isEmpty());
        // every direct triple of a claim property, in any graph, is the truthy triple of an own-voice claim there
        for (String property : org.coldwar.vocab.Ontology.get().claimProperties().names()) {
            List<QuerySolution> unbacked = select("""
                    SELECT ?g ?s ?o WHERE { GRAPH ?g { ?s cw:%s ?o FILTER NOT EXISTS { ?s a cw:Claim }
                      FILTER NOT EXISTS { ?c rdf:subject ?s ; rdf:predicate cw:%s ; rdf:object ?o ; cw:truthy true } } }
                    """.formatted(property, property));
            assertTrue(unbacked.isEmpty(), property + ": " + unbacked);
        }
    }

    @Test
    void theSeedsAreWellCovered() {
        assertTrue(release.claims() >= 150, "claims: " + release.claims());
        assertTrue(release.entities() >= 100, "entities: " + release.entities());
        for (QuerySolution row : select("""
                SELECT ?file (COUNT(?c) AS ?n) WHERE { ?c a cw:Claim ; prov:wasDerivedFrom/oa:hasSource/cw:fileName ?file }
                GROUP BY ?file""")) {
            assertTrue(row.getLiteral("n").getInt() >= 30, row.toString());
        }
        assertEquals(3, select("SELECT DISTINCT ?file WHERE { ?c prov:wasDerivedFrom/oa:hasSource/cw:fileName ?file }").size());
    }

    @Test
    void theReleaseConformsAndSaysSo() throws IOException {
        String report = Files.readString(dist.resolve(ReleaseBuilder.REPORT_FILE));
        assertTrue(report.contains("sh:conforms  true") || report.contains("sh:conforms true"), report);
    }

    @Test
    void theChecksumsCoverEveryFileAndMatch() throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(dist.resolve(Checksums.FILE_NAME))) {
            String[] parts = line.split("  ", 2);
            assertEquals(Checksums.sha256(dist.resolve(parts[1])), parts[0], parts[1]);
            listed.add(parts[1]);
        }
        try (Stream<Path> files = Files.list(dist)) {
            Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
            present.remove(Checksums.FILE_NAME);
            assertEquals(present, listed);
        }
        for (DumpFormat format : DumpFormat.values()) {
            assertTrue(listed.contains(format.fileName()), format.fileName());
        }
    }

    @Test
    void theJsonLdDumpCarriesItsContextAndParsesOffline() throws IOException {
        String json = Files.readString(dist.resolve(DumpFormat.JSONLD.fileName()));
        assertTrue(json.startsWith("{\"@context\":{"), "context inlined as an object, first");
        assertFalse(json.contains("\"@context\":\""), "no remote context reference");
        DatasetGraph parsed = DatasetGraphFactory.create();
        RDFParser.source(dist.resolve(DumpFormat.JSONLD.fileName())).lang(Lang.JSONLD).parse(parsed);
        assertEquals(release.quads(), parsed.stream().count());
        DatasetGraph nquads = DatasetGraphFactory.create();
        try (InputStream in = new java.util.zip.GZIPInputStream(Files.newInputStream(dist.resolve(DumpFormat.NQUADS.fileName())))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(nquads);
        }
        assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(nquads, parsed), "JSON-LD and N-Quads hold the same data");
        for (DumpFormat format : List.of(DumpFormat.TRIG)) {
            DatasetGraph other = DatasetGraphFactory.create();
            RDFParser.source(dist.resolve(format.fileName())).parse(other);
            assertTrue(org.apache.jena.sparql.util.IsoMatcher.isomorphic(nquads, other), format + " holds the same data");
        }
    }

    @Test
    void theDescriptionCountsWhatIsThere() {
        Graph description = GraphFactory.createDefaultGraph();
        RDFParser.source(dist.resolve(ReleaseBuilder.VOID_FILE)).parse(description);
        DatasetGraph d = DatasetGraphFactory.wrap(description);
        try (QueryExec exec = QueryExec.dataset(d).query("""
                PREFIX void: <http://rdfs.org/ns/void#>
                SELECT ?triples (COUNT(DISTINCT ?dump) AS ?dumps) WHERE {
                  <https://w3id.org/coldwar/dataset> void:triples ?triples ; void:dataDump ?dump ; void:sparqlEndpoint ?e }
                GROUP BY ?triples""").build()) {
            var row = exec.select().next();
            assertEquals(release.triples(), Long.parseLong(row.get("triples").getLiteralLexicalForm()));
            assertEquals(DumpFormat.values().length, Integer.parseInt(row.get("dumps").getLiteralLexicalForm()));
        }
    }

    @Test
    void theSameInputsGiveByteIdenticalReleases() throws IOException {
        Path again = temp.resolve("again");
        builder(seeds).build(new ReleaseDirectory(again));
        try (Stream<Path> files = Files.list(dist)) {
            for (Path file : files.toList()) {
                assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again.resolve(file.getFileName())),
                        file.getFileName().toString());
            }
        }
    }

    @Test
    void claimIrisDependOnContentNotRowOrder() throws IOException {
        Path reorderedSeeds = temp.resolve("reordered/seeds");
        TestFiles.copyTree(seeds, reorderedSeeds);
        try (Stream<Path> claims = Files.list(reorderedSeeds.resolve("claims"))) {
            for (Path file : claims.toList()) {
                List<String> lines = new ArrayList<>(Files.readAllLines(file));
                List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
                java.util.Collections.reverse(rows);
                rows.add(0, lines.get(0));
                Files.write(file, rows);
            }
        }
        Path out = temp.resolve("reordered/dist");
        builder(reorderedSeeds).build(new ReleaseDirectory(out));
        DatasetGraph reordered = ReleaseDataset.load(out);
        assertTrue(claimIris(dataset).equals(claimIris(reordered)), "claim IRIs changed with row order");
    }

    private static Set<String> claimIris(DatasetGraph d) {
        Set<String> iris = new TreeSet<>();
        d.getUnionGraph().find(null, org.apache.jena.vocabulary.RDF.type.asNode(),
                org.coldwar.vocab.CW.Claim).forEachRemaining(t -> iris.add(t.getSubject().getURI()));
        return iris;
    }

    @Test
    void aFailedBuildLeavesThePreviousReleaseUntouched() throws IOException {
        Path target = temp.resolve("atomic/dist");
        builder(seeds).build(new ReleaseDirectory(target));
        Map<String, byte[]> before = snapshot(target);

        Path broken = temp.resolve("atomic/seeds");
        TestFiles.copyTree(seeds, broken);
        Path claims = broken.resolve("claims/002_d7ec91cbae82c789.csv");
        Files.writeString(claims, Files.readString(claims) + "joseph_stalin,participant,mao_zedong,,,,,,,,"
                + "a sentence that is not in the source,,\n");
        assertThrows(InvalidDataException.class, () -> builder(broken).build(new ReleaseDirectory(target)));
        assertSnapshotEquals(before, snapshot(target));

        Shapes failing = Shapes.parse(RDFParser.fromString("""
                PREFIX sh: <http://www.w3.org/ns/shacl#>
                PREFIX cw: <https://w3id.org/coldwar/ontology#>
                <urn:x:AlwaysFails> a sh:NodeShape ; sh:targetClass cw:Claim ;
                    sh:property [ sh:path cw:neverThere ; sh:minCount 1 ; sh:message "test shape" ] .""", Lang.TURTLE).toGraph());
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> new ReleaseBuilder(
                seeds, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE), "http://x/sparql", FIXED,
                new ShaclGate(failing)).build(new ReleaseDirectory(target)));
        assertTrue(e.problems().get(0).toString().startsWith("seeds/claims/"), e.problems().get(0).toString());
        assertTrue(e.problems().get(0).toString().contains("test shape"));
        assertSnapshotEquals(before, snapshot(target));
        assertTrue(Files.exists(target.resolveSibling("dist.failed").resolve(ReleaseBuilder.REPORT_FILE)));
    }

    private static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) {
                files.put(p.getFileName().toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void assertSnapshotEquals(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((name, bytes) -> assertArrayEquals(bytes, actual.get(name), name));
    }

    private static String read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
