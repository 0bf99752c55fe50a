package org.coldwar.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.Quad;
import org.coldwar.TestFiles;
import org.coldwar.problem.Problems;
import org.coldwar.source.SourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-document stage called on its own, as a worker of a distributed engine would call it
 * ({@link SourceStage#of}), maps a document to exactly the quads the build maps it to.
 */
class SourceStageTest {

    @TempDir
    Path temp;

    @Test
    void aStageOnItsOwnMapsADocumentAsTheBuildDoes() throws IOException {
        Path seeds = TestFiles.frusEdition(temp.resolve("seeds"));
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        BuildInfo info = new BuildInfo("test", Instant.EPOCH);
        List<SourceDocument> built = new ArrayList<>();
        List<Set<Quad>> parts = new ArrayList<>();
        new DatasetAssembler(seeds, "seeds", iris, info).assemble(StreamRDFLib.sinkNull(), StageCache.none(),
                new DatasetAssembler.Parts() {
                    @Override
                    public void shared(List<Quad> quads, ProvenanceIndex provenance) {
                    }

                    @Override
                    public void source(SourceDocument source, List<Quad> quads, ProvenanceIndex provenance) {
                        built.add(source);
                        parts.add(new HashSet<>(quads));
                    }
                });

        String inputs = InputsHash.of(seeds, info.softwareVersion());
        Map<org.apache.jena.graph.Node, org.apache.jena.graph.Node> activities = Map.of(
                SourceStage.BUILD, iris.build(inputs), SourceStage.EXTRACTION, iris.extraction(inputs));
        SourceStage stage = SourceStage.of(seeds, "seeds", iris);
        assertEquals(built.size(), stage.sources().size());
        for (int i : new int[] {0, built.size() / 2, built.size() - 1}) {
            SourceDocument source = stage.sources().stream().filter(s -> s.stem().equals(built.get(i).stem()))
                    .findFirst().orElseThrow();
            Set<Quad> alone = new HashSet<>();
            Problems problems = new Problems();
            stage.run(source, new NodeSwap(new StreamRDFBase() {
                @Override
                public void quad(Quad quad) {
                    alone.add(quad);
                }
            }, activities), problems);
            assertEquals(0, problems.count());
            assertTrue(alone.size() > 100, source.stem() + ": " + alone.size() + " quads");
            assertEquals(parts.get(i), alone, source.stem());
        }
    }
}
