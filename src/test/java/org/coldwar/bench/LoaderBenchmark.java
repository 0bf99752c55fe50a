package org.coldwar.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;
import org.coldwar.publish.Release;
import org.coldwar.publish.ReleaseBuilder;
import org.coldwar.serve.FusekiConfiguration;
import org.coldwar.serve.StoreLoader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store load of {@code serve} against Jena's own tools on the same release, in the same run:
 * {@code tdb2.tdbloader --loader=phased} for the N-Quads dump (and the VoID and ontology files into
 * their graphs), then {@code textindexer} over the same configuration. Prints both times and the
 * ratio, twice (the second round warm). Figures only. Run with
 * {@code mvn test -Dgroups=benchmark -DexcludedGroups=none -Dtest=LoaderBenchmark [-Dloader.copies=30]}.
 */
@Tag("benchmark")
class LoaderBenchmark {

    @TempDir
    Path temp;

    @Test
    void ourLoadAgainstThePhasedLoaderAndTheTextIndexer() throws IOException {
        int copies = Integer.getInteger("loader.copies", 30);
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        Release built = TestFiles.releaseOfCopies(temp, copies);
        Path release = built.directory().toRealPath();
        FusekiConfiguration config = FusekiConfiguration.packaged();
        for (int round = 1; round <= 2; round++) {
            long start = System.nanoTime();
            StoreLoader.loadIfStale(release, temp.resolve("ours" + round), iris, config);
            double ours = (System.nanoTime() - start) / 1e9;

            Path reference = temp.resolve("reference" + round);
            Path description = temp.resolve("reference" + round + ".ttl");
            try (OutputStream out = Files.newOutputStream(description)) {
                RDFDataMgr.write(out, config.withStore(reference).model(), Lang.TURTLE);
            }
            String location = "--loc=" + reference.resolve("tdb2");
            start = System.nanoTime();
            tdb2.tdbloader.main("--loader=phased", location, release.resolve("coldwar.nq.gz").toString());
            double loaded = (System.nanoTime() - start) / 1e9;
            tdb2.tdbloader.main("--loader=phased", location, "--graph=" + StoreLoader.voidGraph(iris).getURI(),
                    release.resolve(ReleaseBuilder.VOID_FILE).toString());
            tdb2.tdbloader.main("--loader=phased", location, "--graph=" + StoreLoader.ontologyGraph(iris).getURI(),
                    release.resolve(ReleaseBuilder.ONTOLOGY_FILE).toString());
            long indexStart = System.nanoTime();
            org.apache.jena.query.text.cmd.textindexer.main("--desc=" + description);
            double indexed = (System.nanoTime() - indexStart) / 1e9;
            double jena = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH loader N=%d (%,d quads), round %d: serve's load %.1f s; tdb2.tdbloader"
                    + " --loader=phased %.1f s (dump) + textindexer %.1f s = %.1f s in all; ours / Jena's %.2f×%n",
                    copies, built.quads(), round, ours, loaded, indexed, jena, ours / jena);
        }
    }
}
