package org.coldwar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.coldwar.source.CsvReader;
import org.coldwar.source.CsvRow;

/** Helpers for tests: test resources as paths, directory copies, and seeds made larger by copying. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A test resource directory or file, as a path. */
    public static Path resource(String name) {
        try {
            return Path.of(TestFiles.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** The project's real seeds directory (tests run from the project root). */
    public static Path projectSeeds() {
        return Path.of("seeds").toAbsolutePath();
    }

    /** Copies {@code from} into {@code to} (merging, overwriting files). */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A seeds directory {@code to} holding the TEI files of the FRUS slice of the test resources
     * (its documents and List of Persons), as an edition team would give them; returns {@code to}.
     */
    public static Path frusEdition(Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(resource("tei/frus1955-57v02"))) {
            for (Path f : files.filter(f -> f.toString().endsWith(".xml")).toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
        return to;
    }

    /**
     * Builds {@code copies} copies of the project's seeds ({@link #replicateSeeds}, into
     * {@code work}/seeds) into a release at {@code work}/dist, under the default IRI base: a corpus
     * with hubs, for tests and benchmarks of scale.
     */
    public static org.coldwar.publish.Release releaseOfCopies(Path work, int copies) throws IOException {
        Path seeds = work.resolve("seeds");
        replicateSeeds(projectSeeds(), seeds, copies);
        return new org.coldwar.publish.ReleaseBuilder(seeds, "seeds",
                org.coldwar.map.IriMinter.of(org.coldwar.map.IriMinter.DEFAULT_BASE),
                org.coldwar.map.IriMinter.DEFAULT_BASE + "sparql",
                new org.coldwar.map.BuildInfo("test", java.time.Instant.parse("2000-01-01T00:00:00Z")))
                .build(new org.coldwar.publish.ReleaseDirectory(work.resolve("dist")));
    }

    /**
     * Writes {@code n} copies of the seeds into {@code to} (texts, claims files, rows of
     * {@code sources.csv} and {@code citations.csv}; the same entities): copy k of {@code 000_x.txt}
     * is {@code 000_x_000k.txt}, so each entity has n times its claims.
     */
    public static void replicateSeeds(Path seeds, Path to, int n) throws IOException {
        Files.createDirectories(to.resolve("claims"));
        Files.copy(seeds.resolve("entities.csv"), to.resolve("entities.csv"));
        Files.copy(seeds.resolve("wikidata-links.csv"), to.resolve("wikidata-links.csv"));
        List<String> sourceColumns = List.of("file", "title", "origin", "language", "media_type", "sha256", "author",
                "published_in", "publisher", "year");
        List<String> citationColumns = List.of("source", "note", "quote", "kind", "author", "title", "published_in",
                "publisher", "year", "pages", "repository", "fond", "opis", "delo", "sheets");
        List<CsvRow> sources = read(seeds.resolve("sources.csv"), sourceColumns);
        List<CsvRow> citations = read(seeds.resolve("citations.csv"), citationColumns);
        StringBuilder sourcesCsv = new StringBuilder(String.join(",", sourceColumns)).append('\n');
        StringBuilder citationsCsv = new StringBuilder(String.join(",", citationColumns)).append('\n');
        for (int k = 0; k < n; k++) {
            for (CsvRow source : sources) {
                String file = source.get("file");
                String stem = file.substring(0, file.length() - ".txt".length());
                String copy = String.format("%s_%04d", stem, k);
                Files.copy(seeds.resolve(file), to.resolve(copy + ".txt"));
                Path claims = seeds.resolve("claims").resolve(stem + ".csv");
                if (Files.exists(claims)) {
                    Files.copy(claims, to.resolve("claims").resolve(copy + ".csv"));
                }
                sourcesCsv.append(row(source, sourceColumns, "file", copy + ".txt"));
                for (CsvRow citation : citations) {
                    if (citation.get("source").equals(file)) {
                        citationsCsv.append(row(citation, citationColumns, "source", copy + ".txt"));
                    }
                }
            }
        }
        Files.writeString(to.resolve("sources.csv"), sourcesCsv, StandardCharsets.UTF_8);
        Files.writeString(to.resolve("citations.csv"), citationsCsv, StandardCharsets.UTF_8);
    }

    private static List<CsvRow> read(Path file, List<String> columns) {
        List<CsvRow> rows = new ArrayList<>();
        new CsvReader(file.getFileName().toString(), columns).read(file, rows::add);
        return rows;
    }

    private static String row(CsvRow row, List<String> columns, String replaced, String value) {
        List<String> cells = new ArrayList<>();
        for (String column : columns) {
            String cell = column.equals(replaced) ? value : row.has(column) ? row.get(column) : "";
            cells.add('"' + cell.replace("\"", "\"\"") + '"');
        }
        return String.join(",", cells) + "\n";
    }
}
