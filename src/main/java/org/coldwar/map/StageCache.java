package org.coldwar.map;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.Entity;
import org.coldwar.extract.RelativeDateCheck;
import org.coldwar.problem.Location;
import org.coldwar.source.Sha256;
import org.coldwar.source.SourceDocument;

/**
 * A content-addressed cache of {@link SourceStage} outputs: each entry is keyed by the SHA-256 of
 * everything the stage reads for one source (the software and its code, the shared inputs, the
 * source's description, text, TEI file, claims file and the decisions of its review file), so an
 * entry is reused only when the stage would compute the same output. An entry is three files:
 * {@code <key>.rows} (the quads as {@link TermRows}, placeholders kept), {@code <key>.review} (the review
 * file the stage wrote, restored on reuse if it differs) and {@code <key>.facts} (claim count,
 * provenance, dates, and the SHA-256 of the quads file), written last, so an entry without it is
 * incomplete and one whose quads do not match it is damaged: both are ignored. A build removes
 * the entries it did not use ({@link #retainOnly}), so the cache holds one release's worth.
 */
public final class StageCache {

    private static final String FORMAT = "coldwar-stage-cache 3";

    private final Path dir;
    private final String validation;

    private StageCache(Path dir, String validation) {
        this.dir = dir;
        this.validation = validation;
    }

    /**
     * A cache in {@code dir} (made when first written) for outputs validated with the shapes
     * whose fingerprint is {@code validation} (part of every key: other shapes, other entries).
     */
    public static StageCache at(Path dir, String validation) {
        return new StageCache(dir, validation);
    }

    /** No cache: every source is mapped anew. */
    public static StageCache none() {
        return new StageCache(null, "");
    }

    public boolean enabled() {
        return dir != null;
    }

    /**
     * The fingerprint of what every source's stage reads besides its own files: the software
     * version and code, the IRI base, how the seeds are named in messages, the ontology, what the
     * outputs are validated with, the authority (entities, their names and links) and the
     * citations file.
     */
    String sharedFingerprint(String softwareVersion, IriMinter iris, String shownDir, Path seedsDir,
            AuthorityFile authority) {
        MessageDigest digest = Sha256.digest();
        update(digest, FORMAT, softwareVersion, CodeFingerprint.VALUE, iris.base(), shownDir,
                Sha256.hex(org.coldwar.Resources.bytes(StageCache.class, "/ontology/coldwar.ttl")));
        update(digest, validation);
        authority.entities().stream().sorted(java.util.Comparator.comparing(Entity::id)).forEach(e -> update(digest,
                e.id(), e.type(), e.label(), String.join("\u001e", e.altLabels()), e.description()));
        authority.links().forEach(link -> update(digest, link.toString()));
        update(digest, fileHash(seedsDir.resolve(org.coldwar.extract.CitationCatalog.FILE_NAME)));
        return Sha256.hex(digest.digest());
    }

    /** The key of one source's stage output. */
    static String key(String sharedFingerprint, SourceDocument source, Path claimsFile, Path reviewFile) {
        MessageDigest digest = Sha256.digest();
        update(digest, sharedFingerprint, source.fileName(), source.stem(), source.title(), source.origin(),
                source.language(), source.mediaType(), source.sha256(), source.bibliography().toString(),
                source.tei().map(tei -> tei.xmlFileName() + " " + tei.xmlSha256()).orElse("-"),
                fileHash(claimsFile), decisionsHash(reviewFile));
        return Sha256.hex(digest.digest());
    }

    /**
     * Replays the entry of {@code key} into {@code out} and returns its output, or empty (and
     * nothing passed on) if there is no complete, readable entry.
     */
    Optional<SourceStage.Output> replay(String key, StreamRDF out) {
        if (dir == null || !Files.isRegularFile(factsFile(key)) || !Files.isRegularFile(quadsFile(key))) {
            return Optional.empty();
        }
        SourceStage.Output output;
        byte[] quadBytes;
        try {
            List<String> facts = Files.readAllLines(factsFile(key), StandardCharsets.UTF_8);
            quadBytes = Files.readAllBytes(quadsFile(key));
            if (facts.size() < 2 || !facts.get(1).equals(join("Q", Sha256.hex(quadBytes)))) {
                return Optional.empty();  // damaged or from another writer
            }
            facts.remove(1);
            output = parseFacts(facts);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (output == null) {
            return Optional.empty();
        }
        List<Quad> quads = new ArrayList<>();  // read whole before any is passed on: a damaged entry is a miss
        try {
            TermRows.Reader rows = new TermRows.Reader(new java.io.ByteArrayInputStream(quadBytes));
            for (Node[] terms = rows.next(); terms != null; terms = rows.next()) {
                if (terms.length != 4) {
                    return Optional.empty();
                }
                quads.add(Quad.create(terms[0], terms[1], terms[2], terms[3]));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        quads.forEach(out::quad);
        return Optional.of(output);
    }

    /** Stores one stage's output under {@code key}; a failure to write leaves no entry. */
    void store(String key, List<Quad> quads, SourceStage.Output output, Optional<byte[]> review) {
        if (dir == null) {
            return;
        }
        Path quadsTmp = null;
        Path factsTmp = null;
        try {
            Files.createDirectories(dir);
            quadsTmp = Files.createTempFile(dir, key, ".rows.tmp");
            MessageDigest quadsDigest = Sha256.digest();
            try (OutputStream file = new DigestOutputStream(Files.newOutputStream(quadsTmp), quadsDigest)) {
                TermRows.Writer rows = new TermRows.Writer(file);
                quads.forEach(quad -> rows.write(quad.getGraph(), quad.getSubject(), quad.getPredicate(),
                        quad.getObject()));
                rows.flush();
            }
            if (review.isPresent()) {
                Path reviewTmp = Files.createTempFile(dir, key, ".review.tmp");
                Files.write(reviewTmp, review.get());
                Files.move(reviewTmp, reviewFile(key), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.deleteIfExists(reviewFile(key));
            }
            factsTmp = Files.createTempFile(dir, key, ".facts.tmp");
            List<String> facts = new ArrayList<>(factLines(output));
            facts.add(1, join("Q", HexFormat.of().formatHex(quadsDigest.digest())));
            Files.write(factsTmp, facts, StandardCharsets.UTF_8);
            Files.move(quadsTmp, quadsFile(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(factsTmp, factsFile(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(quadsTmp);
            deleteQuietly(factsTmp);  // a cache is an optimisation: a build goes on without it
        }
    }

    /**
     * Marks the entries of {@code keys} as validated: their outputs passed the SHACL gate in a
     * build that was published. Called after a release is swapped in.
     */
    public void markValidated(Collection<String> keys) {
        if (dir == null) {
            return;
        }
        for (String key : keys) {
            try {
                if (Files.isRegularFile(factsFile(key)) && !Files.exists(validFile(key))) {
                    Files.createFile(validFile(key));
                }
            } catch (IOException e) {
                // an unmarked entry is validated again: nothing is lost
            }
        }
    }

    /**
     * True if the output of {@code key} passed the gate in a published build. The key covers the
     * shapes and everything a source's part is validated against (the ontology, the authority, the
     * source's own description), so the same part would pass again.
     */
    boolean validated(String key) {
        return dir != null && Files.isRegularFile(validFile(key));
    }

    private Path validFile(String key) {
        return dir.resolve(key + ".valid");
    }

    /** Removes every entry (and stray temporary file) whose key is not in {@code keys}. */
    public void retainOnly(Collection<String> keys) {
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        Set<String> kept = new HashSet<>(keys);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                int dot = name.indexOf('.');
                if (dot < 0 || !kept.contains(name.substring(0, dot)) || name.endsWith(".tmp")) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path quadsFile(String key) {
        return dir.resolve(key + ".rows");
    }

    private Path reviewFile(String key) {
        return dir.resolve(key + ".review");
    }

    /** The review file stored with the entry of {@code key}, if the stage wrote one. */
    Optional<byte[]> review(String key) {
        try {
            return Files.isRegularFile(reviewFile(key)) ? Optional.of(Files.readAllBytes(reviewFile(key)))
                    : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path factsFile(String key) {
        return dir.resolve(key + ".facts");
    }

    private static List<String> factLines(SourceStage.Output output) {
        List<String> lines = new ArrayList<>();
        lines.add(FORMAT);
        lines.add(join("C", Integer.toString(output.claims())));
        output.provenance().entries().forEach((node, at) -> lines.add(join("P", node.getURI(), at.file(),
                Integer.toString(at.line()))));
        output.dates().datesOfEvents().forEach((event, dates) -> dates.forEach(date -> lines.add(join("D", event,
                date))));
        for (RelativeDateCheck.RelativeDate date : output.dates().relativeDates()) {
            lines.add(join("R", date.at().file(), Integer.toString(date.at().line()), date.event(), date.offset(),
                    date.datedAs()));
        }
        return lines;
    }

    /** The output a facts file records, or null if it is not one this version wrote. */
    private static SourceStage.Output parseFacts(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).equals(FORMAT)) {
            return null;
        }
        int claims = -1;
        ProvenanceIndex provenance = new ProvenanceIndex();
        RelativeDateCheck.Facts dates = new RelativeDateCheck.Facts();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "C" -> claims = Integer.parseInt(f[1]);
                case "P" -> provenance.record(NodeFactory.createURI(f[1]), new Location(f[2], Integer.parseInt(f[3])));
                case "D" -> dates.eventDate(f[1], f[2]);
                case "R" -> dates.relativeDate(new RelativeDateCheck.RelativeDate(
                        new Location(f[1], Integer.parseInt(f[2])), f[3], f[4], f[5]));
                default -> {
                    return null;
                }
            }
        }
        return claims < 0 ? null : new SourceStage.Output(claims, dates, provenance, true, false);
    }

    private static String join(String... fields) {
        for (String field : fields) {
            if (field.indexOf('\t') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("cannot cache a field with a tab or line break: " + field);
            }
        }
        return String.join("\t", fields);
    }

    private static void update(MessageDigest digest, String... parts) {
        for (String part : parts) {
            digest.update(part.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
        }
    }

    /** Of a review file only the decisions count; with none it is as good as absent. */
    private static String decisionsHash(Path reviewFile) {
        byte[] decisions = Files.isRegularFile(reviewFile) ? InputsHash.decisionsOf(reviewFile) : new byte[0];
        return decisions.length == 0 ? "absent" : Sha256.hex(decisions);
    }

    private static String fileHash(Path file) {
        if (!Files.isRegularFile(file)) {
            return "absent";
        }
        try {
            return Sha256.hex(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next build's retainOnly
        }
    }

    /**
     * The SHA-256 of the jar this code runs from (or "classes" when it runs from a directory, as
     * in the project's own tests): a rebuilt jar of the same version number invalidates the cache.
     */
    private static final class CodeFingerprint {

        static final String VALUE = compute();

        private static String compute() {
            try {
                Path location = Path.of(StageCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
                return Files.isRegularFile(location) ? Sha256.hex(Files.readAllBytes(location)) : "classes";
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return "unknown " + System.nanoTime();  // never matches: no reuse without knowing the code
            }
        }
    }
}
