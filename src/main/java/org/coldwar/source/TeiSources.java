package org.coldwar.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.coldwar.problem.InvalidDataException;
import org.coldwar.problem.Location;
import org.coldwar.problem.Problem;
import org.coldwar.problem.Problems;
import org.coldwar.source.tei.TeiDocument;
import org.coldwar.source.tei.TeiReader;

/**
 * The TEI documents of a seeds directory: every {@code *.xml} file beside the texts except the
 * List of Persons ({@value #PERSONS_FILE}), each one {@code <div type="document">} as an edition
 * such as FRUS publishes it. Each becomes a source whose text is the document's plain text
 * ({@link TeiDocument}), published as {@code <stem>.txt}, with title and date from the TEI.
 */
public final class TeiSources {

    /** The List of Persons of an edition, read by the authority file, not a source. */
    public static final String PERSONS_FILE = "persons.xml";

    private TeiSources() {
    }

    /** Reads every TEI document of {@code seedsDir}, in file-name order; problems go to {@code problems}. */
    public static List<SourceDocument> read(Path seedsDir, String shownDir, Problems problems) {
        List<SourceDocument> documents = new ArrayList<>();
        for (Path file : xmlFiles(seedsDir)) {
            String name = file.getFileName().toString();
            String shownAs = shownDir + "/" + name;
            if (!name.matches("[A-Za-z0-9_.-]+\\.xml")) {
                problems.report(Problem.at(Location.of(shownAs), "a TEI file must be named with letters, digits,"
                        + " '_', '-' and '.' only (it names the source in IRIs)", name));
                continue;
            }
            try {
                byte[] bytes = TextFiles.readBytes(file, shownAs);
                TeiDocument tei = new TeiReader().parse(TextFiles.decodeUtf8(bytes, shownAs), shownAs);
                documents.add(toSource(file, name, bytes, tei, shownAs));
            } catch (InvalidDataException e) {
                e.problems().forEach(problems::report);
            }
        }
        return documents;
    }

    /**
     * The source of a TEI file, holding only what was read of it; its document (and the text
     * derived from it) is read again from {@code file} when asked for, and must hash as it did.
     */
    private static SourceDocument toSource(Path file, String xmlName, byte[] xmlBytes, TeiDocument tei,
            String shownAs) {
        String stem = xmlName.substring(0, xmlName.length() - ".xml".length());
        byte[] text = tei.text().getBytes(StandardCharsets.UTF_8);
        String title = tei.title().isEmpty() ? stem : tei.title();
        String origin = "TEI document " + tei.id() + " (" + xmlName + "); its plain text is derived by the rule of"
                + " the release's README";
        String xmlSha256 = Sha256.hex(xmlBytes);
        SourceDocument.TeiSource teiSource = new SourceDocument.TeiSource(xmlName, xmlSha256, xmlBytes.length,
                tei.id(), () -> new TeiReader().parse(SourceCatalog.readAgain(file, shownAs, xmlSha256), shownAs));
        return SourceDocument.reading(stem + ".txt", stem, title, origin, "en", "text/plain; charset=utf-8",
                Sha256.hex(text), text.length, () -> teiSource.document().text(), Location.of(shownAs),
                SourceDocument.Bibliography.UNKNOWN, Optional.of(teiSource));
    }

    private static List<Path> xmlFiles(Path seedsDir) {
        try (Stream<Path> listing = Files.list(seedsDir)) {
            return listing.filter(p -> p.getFileName().toString().endsWith(".xml"))
                    .filter(p -> !p.getFileName().toString().equals(PERSONS_FILE))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + seedsDir, e);
        }
    }
}
