package org.coldwar.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A release of an edition's TEI documents (the first 22 documents of FRUS 1955–57 vol. II and
 * its List of Persons, with no CSV at all): sources with their published plain text and TEI,
 * persons keeping the edition's identifiers, editor and machine mentions, document dates,
 * footnotes, proposed claims that are never facts; and the review loop, round trip.
 */
class EditionReleaseTest {

    @TempDir
    static Path temp;
    static Path seeds;
    static DatasetGraph dataset;

    static List<QuerySolution> select(DatasetGraph data, String sparql) {
        try (QueryExec exec = QueryExec.dataset(data).query("""
                PREFIX cw: <https://w3id.org/coldwar/ontology#>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX cito: <http://purl.org/spar/cito/>
                PREFIX entity: <https://w3id.org/coldwar/entity/>
                """ + sparql).build()) {
            List<QuerySolution> rows = new ArrayList<>();
            ResultSet.adapt(exec.select()).forEachRemaining(rows::add);
            return rows;
        }
    }

    static Path build(Path seedsDir, String name) {
        Path dist = temp.resolve(name);
        new ReleaseBuilder(seedsDir, "seeds", IriMinter.of(IriMinter.DEFAULT_BASE), IriMinter.DEFAULT_BASE + "sparql",
                ReleaseTest.FIXED).build(new ReleaseDirectory(dist));
        return dist;
    }

    @BeforeAll
    static void buildTheEdition() throws IOException {
        seeds = TestFiles.frusEdition(temp.resolve("frus"));
        dataset = ReleaseDataset.load(build(seeds, "dist"));
    }

    @Test
    void everyDocumentIsASourceWithItsTextAndTei() throws IOException {
        Path dist = temp.resolve("dist");
        for (int n = 1; n <= 22; n++) {
            assertTrue(Files.isRegularFile(dist.resolve("d" + n + ".xml")), "d" + n + ".xml");
            String published = Files.readString(dist.resolve("d" + n + ".txt"), StandardCharsets.UTF_8);
            String expected = Files.readString(TestFiles.resource("tei/frus1955-57v02/d" + n + ".txt"),
                    StandardCharsets.UTF_8);
            assertEquals(expected, published, "the plain text of d" + n + " follows the documented rule");
        }
        assertEquals(22, select(dataset, "SELECT ?s WHERE { ?s a cw:SourceDocument ; cw:teiFile ?f }").size());
    }

    @Test
    void personsKeepTheEditionsIdentifiersAndRunningTextNames() {
        List<QuerySolution> dulles = select(dataset, """
                SELECT ?label ?alt WHERE { entity:p_DJF1 a cw:Person ; skos:prefLabel ?label ; skos:altLabel ?alt }""");
        assertFalse(dulles.isEmpty(), "p_DJF1 is an entity");
        assertEquals("John Foster Dulles", dulles.get(0).getLiteral("label").getString());
        assertTrue(dulles.stream().anyMatch(r -> r.getLiteral("alt").getString().equals("Dulles")));
    }

    @Test
    void editorsMentionsAreAllPublishedAndMachineMentionsSaySo() {
        int editor = select(dataset, """
                SELECT ?a WHERE { ?a a cw:Mention ; cw:editorMarkup "persName" }""").size();
        assertEquals(593, editor, "every persName corresp of the slice (gold-mentions.csv has 593)");
        List<QuerySolution> machine = select(dataset, """
                SELECT ?a ?c WHERE { ?a a cw:Mention ; prov:wasGeneratedBy ?x ; cw:confidence ?c . ?x a cw:Extraction }""");
        assertTrue(machine.size() > 300, "machine mentions: " + machine.size());
    }

    @Test
    void documentsAreDatedWithTheirPassageAndNotesAreCitations() {
        assertEquals(1, select(dataset, """
                SELECT ?c WHERE { ?c rdf:subject entity:d1 ; rdf:predicate cw:publicationDate ;
                  rdf:object "1955-01-04"^^<http://www.w3.org/2001/XMLSchema#date> ; cw:truthy true ;
                  prov:wasDerivedFrom/oa:hasSelector/rdf:value ?xpath }""").size());
        assertEquals(1, select(dataset, """
                SELECT ?c WHERE { ?c rdf:subject entity:d1 ; rdf:predicate cw:addressee ; rdf:object entity:p_LJSJ1 ;
                  cw:truthy true ; prov:wasDerivedFrom/oa:hasSelector/oa:exact "Lay" }""").size(),
                "the heading's recipient (persName type=\"to\") is the document's addressee");
        assertFalse(select(dataset, """
                SELECT ?n WHERE { <https://w3id.org/coldwar/source/d1> cito:cites ?n . ?n a cw:SourceNote ;
                  <http://purl.org/dc/terms/bibliographicCitation> ?text FILTER(STRSTARTS(?text, "Source:")) }""")
                .isEmpty());
    }

    @Test
    void aDocumentWithNoMachineReadableDateIsDatedByItsDateline() throws IOException {
        Path undated = temp.resolve("undated");
        Files.createDirectories(undated);
        String d1 = Files.readString(seeds.resolve("d1.xml"), StandardCharsets.UTF_8)
                .replaceAll("frus:doc-dateTime-(min|max)=\"[^\"]*\"", "")
                .replace("<date\n                                when=\"1955-01-04\">", "<date>")
                .replaceAll("<date\\s+when=\"[^\"]*\">", "<date>");
        assertFalse(d1.contains("when=\"1955-01-04\""), "the fixture has no machine-readable date left");
        Files.writeString(undated.resolve("d1.xml"), d1, StandardCharsets.UTF_8);
        DatasetGraph data = ReleaseDataset.load(build(undated, "undated-dist"));
        assertEquals(1, select(data, """
                SELECT ?c WHERE { ?c rdf:subject entity:d1 ; rdf:predicate cw:publicationDate ;
                  rdf:object "1955-01-04"^^<http://www.w3.org/2001/XMLSchema#date> ; cw:truthy false ;
                  cw:reviewStatus cw:Proposed ; cw:rule "dateline" ;
                  skos:editorialNote ?note FILTER(CONTAINS(?note, "normalised")) }""").size(),
                "a date our program read is a proposal, not a fact");
    }

    @Test
    void aDatelinesPlaceThatIsAnEntityIsWhereTheDocumentWasWritten() throws IOException {
        Path mixed = temp.resolve("with-places");
        Files.createDirectories(mixed);
        Files.copy(seeds.resolve("d1.xml"), mixed.resolve("d1.xml"));
        Files.copy(seeds.resolve("persons.xml"), mixed.resolve("persons.xml"));
        Files.writeString(mixed.resolve("entities.csv"), "id,type,label,alt_labels,description\n"
                + "washington,City,\"Washington, D.C.\",Washington,Capital of the United States.\n");
        DatasetGraph data = ReleaseDataset.load(build(mixed, "with-places-dist"));
        assertEquals(1, select(data, """
                SELECT ?c WHERE { ?c rdf:subject entity:d1 ; rdf:predicate cw:locationOfCreation ;
                  rdf:object entity:washington ; cw:truthy true }""").size());
    }

    @Test
    void theMachineFindsThePersonsTheEditorsMarked() {
        java.io.StringWriter report = new java.io.StringWriter();
        org.coldwar.extract.auto.EvaluationReport.run(seeds, "seeds", new java.io.PrintWriter(report));
        java.util.regex.Matcher span = java.util.regex.Pattern.compile(
                "span level: +precision ([0-9.]+) +recall ([0-9.]+)").matcher(report.toString());
        java.util.regex.Matcher doc = java.util.regex.Pattern.compile(
                "document level: precision ([0-9.]+) +recall ([0-9.]+)").matcher(report.toString());
        assertTrue(span.find() && doc.find(), report.toString());
        assertTrue(Double.parseDouble(span.group(2)) >= 0.90, "span recall: " + report);
        assertTrue(Double.parseDouble(doc.group(1)) >= 0.90, "document precision: " + report);
        assertTrue(Double.parseDouble(doc.group(2)) >= 0.95, "document recall: " + report);
        assertTrue(report.toString().contains("dates read from the datelines: 21 of 21 right"), report.toString());
    }

    @Test
    void proposalsAreNeverFactsAndReviewFilesAreWritten() {
        assertTrue(select(dataset, "SELECT ?c WHERE { ?c a cw:CandidateClaim ; cw:truthy true }").isEmpty());
        assertTrue(Files.isRegularFile(seeds.resolve("review/d1.csv")));
    }

    /** A review row without its five empty decision cells. */
    private static String undecided(String row) {
        assertTrue(row.endsWith(",,,,,"), row);
        return row.substring(0, row.length() - ",,,,,".length());
    }

    @Test
    void theReviewLoopRoundTrips() throws IOException {
        Path reviewSeeds = temp.resolve("review-seeds");
        TestFiles.copyTree(seeds, reviewSeeds);
        build(reviewSeeds, "first");
        Path file = null;
        List<String> lines = null;
        int accepted = -1;
        int rejected = -1;
        int named = -1;
        try (Stream<Path> reviews = Files.list(reviewSeeds.resolve("review"))) {
            for (Path review : reviews.sorted().toList()) {
                List<String> rows = Files.readAllLines(review, StandardCharsets.UTF_8);
                int claimRows = 0;
                int a = -1;
                int r = -1;
                int e = -1;
                for (int i = 1; i < rows.size(); i++) {
                    if (rows.get(i).contains(",claim,") && rows.get(i).contains("participant")) {
                        if (a < 0) {
                            a = i;
                        } else if (r < 0) {
                            r = i;
                        }
                        claimRows++;
                    } else if (rows.get(i).contains(",entity,") && e < 0) {
                        e = i;
                    }
                }
                if (claimRows >= 2 && e > 0) {
                    file = review;
                    lines = new ArrayList<>(rows);
                    accepted = a;
                    rejected = r;
                    named = e;
                    break;
                }
            }
        }
        assertTrue(file != null, "some review file has two proposed participants and a new name");
        lines.set(accepted, undecided(lines.get(accepted)) + ",accept,A. Reviewer,,,");
        lines.set(rejected, undecided(lines.get(rejected)) + ",reject,A. Reviewer,not a meeting,,");
        lines.set(named, undecided(lines.get(named)) + ",accept,A. Reviewer,,new_person_of_the_test,Person");
        Files.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        String acceptedKey = lines.get(accepted).substring(0, lines.get(accepted).indexOf(','));
        String rejectedKey = lines.get(rejected).substring(0, lines.get(rejected).indexOf(','));

        DatasetGraph second = ReleaseDataset.load(build(reviewSeeds, "second"));
        List<QuerySolution> facts = select(second, """
                SELECT ?c ?s ?o WHERE { ?c a cw:CandidateClaim ; cw:reviewStatus cw:Accepted ; cw:truthy true ;
                  cw:reviewedBy "A. Reviewer" ; prov:wasGeneratedBy ?x ; rdf:subject ?s ; rdf:predicate ?p ;
                  rdf:object ?o . ?x a cw:Extraction . ?s ?p ?o }""");
        assertEquals(1, facts.size(), "the accepted proposal is now a fact, keeping its machine provenance");
        assertEquals(1, select(second, """
                SELECT ?c WHERE { ?c cw:reviewStatus cw:Rejected ; cw:truthy false ; cw:reviewNote "not a meeting"@en }""")
                .size(), "the rejected one is kept with its reason and is no fact");
        assertEquals(1, select(second, "SELECT ?e WHERE { entity:new_person_of_the_test a cw:Person }").size());
        String rewritten = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(rewritten.contains("accept,A. Reviewer"), "decisions survive the rewrite of the review file");
        assertTrue(rewritten.contains(acceptedKey) && rewritten.contains(rejectedKey));
    }
}
