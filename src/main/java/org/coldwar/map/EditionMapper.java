package org.coldwar.map;

import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.vocabulary.RDF;
import org.coldwar.extract.Attribution;
import org.coldwar.extract.AuthorityFile;
import org.coldwar.extract.Citation;
import org.coldwar.extract.Claim;
import org.coldwar.extract.DateBasis;
import org.coldwar.extract.LocatedClaim;
import org.coldwar.extract.Passage;
import org.coldwar.extract.QuoteLocator;
import org.coldwar.problem.Location;
import org.coldwar.source.SourceDocument;
import org.coldwar.source.tei.TeiDocument;
import org.coldwar.vocab.CITO;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.OA;
import org.coldwar.vocab.PROV;
import org.coldwar.vocab.ValueKind;

/**
 * Maps what an edition's editors put into a TEI source: their {@code persName corresp} links as
 * mentions of the persons of the List of Persons, their {@code placeName}, {@code orgName} and
 * {@code gloss} tags, the document's date as a claim about the document with its passage, and
 * every footnote (the source note among them) as a citation of the document and of the passage
 * that carries its marker. Editor-made mentions name the edition's document as their source.
 */
final class EditionMapper {

    private static final String DATELINE_RULE = "dateline";
    /** The dateline normaliser's accuracy on the FRUS slice, 21 of 21 days right, add-one smoothed. */
    private static final double DATELINE_CONFIDENCE = 0.96;

    private final IriMinter iris;
    private final StreamRDF stream;
    private final ClaimMapper claims;
    private final AuthorityFile authority;
    private final ProvenanceIndex provenance;

    EditionMapper(IriMinter iris, StreamRDF stream, ClaimMapper claims, AuthorityFile authority,
            ProvenanceIndex provenance) {
        this.iris = iris;
        this.stream = stream;
        this.claims = claims;
        this.authority = authority;
        this.provenance = provenance;
    }

    /**
     * @param extraction the build's extraction activity, which a date read by program from a
     *     dateline is attributed to (as a proposal, not a fact)
     */
    void map(SourceDocument source, String shownAs, Node extraction) {
        TeiDocument tei = source.tei().orElseThrow().document();
        QuoteLocator texts = new QuoteLocator(source);
        Location at = Location.of(shownAs);
        GraphEmitter mentions = new GraphEmitter(stream, iris.mentionsGraph(source.stem()));
        for (TeiDocument.TeiSpan span : tei.spans()) {
            if (span.end() <= span.start()) {
                continue;
            }
            Passage passage = texts.passageOfCodePoints(span.start(), span.end(), span.xpath());
            switch (span.element()) {
                case "persName" -> {
                    for (String ref : span.ref().split("\\s+")) {
                        if (authority.entity(ref).isPresent()) {
                            mention(mentions, source, passage, at, span.element(), iris.entity(ref), ref);
                        }
                    }
                }
                case "placeName", "orgName", "gloss" -> tag(mentions, source, passage, at, span);
                default -> { }
            }
        }
        documentDate(source, tei, texts, at, extraction);
        senderAndRecipient(source, tei, texts, at);
        placeOfWriting(source, tei, texts, at);
        footnotes(source, tei, texts, at);
    }

    private void mention(GraphEmitter out, SourceDocument source, Passage passage, Location at, String element,
            Node body, String bodyKey) {
        Node annotation = iris.annotation(source.stem(), passage.start(), passage.end(), "editor", bodyKey);
        provenance.record(annotation, at);
        out.add(annotation, RDF.type.asNode(), OA.Annotation);
        out.add(annotation, RDF.type.asNode(), CW.Mention);
        out.add(annotation, OA.motivatedBy, OA.identifying);
        out.add(annotation, OA.hasBody, body);
        out.add(annotation, OA.hasTarget, claims.passages().map(passage, at));
        out.add(annotation, CW.editorMarkup, Literals.string(element));
        out.add(annotation, PROV.wasDerivedFrom, iris.source(source.stem()));
    }

    /** A tag the editors put on a span with no entry of ours behind it: a textual body naming it. */
    private void tag(GraphEmitter out, SourceDocument source, Passage passage, Location at, TeiDocument.TeiSpan span) {
        String key = span.element() + (span.ref().isEmpty() ? "" : "-" + span.ref().replaceAll("[^A-Za-z0-9_.-]", "_"));
        Node annotation = iris.annotation(source.stem(), passage.start(), passage.end(), "editor", key);
        Node body = iris.part(annotation, "body");
        provenance.record(annotation, at);
        out.add(annotation, RDF.type.asNode(), OA.Annotation);
        out.add(annotation, OA.motivatedBy, OA.tagging);
        out.add(annotation, OA.hasBody, body);
        out.add(annotation, OA.hasTarget, claims.passages().map(passage, at));
        out.add(annotation, CW.editorMarkup, Literals.string(span.element()));
        out.add(annotation, PROV.wasDerivedFrom, iris.source(source.stem()));
        out.add(body, RDF.type.asNode(), OA.TextualBody);
        out.add(body, RDF.value.asNode(), Literals.string(span.ref().isEmpty() ? span.text() : span.ref()));
    }

    /**
     * The document's date as a claim about the document: the dateline's {@code <date when>} with
     * its passage; else the edition's machine-readable date, quoting the dateline or heading; else
     * the dateline's own words, normalised to EDTF.
     */
    private void documentDate(SourceDocument source, TeiDocument tei, QuoteLocator texts, Location at,
            Node extraction) {
        TeiDocument.TeiSpan date = tei.spans().stream()
                .filter(s -> s.element().equals("date") && s.ref().matches("\\d{4}(-\\d{2}(-\\d{2})?)?")
                        && s.end() > s.start())
                .findFirst().orElse(null);
        String value;
        Passage passage;
        String how;
        if (date != null) {
            value = date.ref();
            passage = texts.passageOfCodePoints(date.start(), date.end(), date.xpath());
            how = "the dateline's date (<date when>) as the editors encoded it";
        } else if (tei.dateMin().length() >= 10 && !tei.blocks().isEmpty()) {
            value = tei.dateMin().substring(0, 10);
            TeiDocument.TeiBlock block = tei.blocks().stream().filter(b -> b.element().equals("dateline")).findFirst()
                    .orElse(tei.blocks().get(0));
            passage = texts.passageOfCodePoints(block.start(), block.end(), block.xpath());
            how = "the edition's machine-readable date (frus:doc-dateTime-min)";
        } else {
            TeiDocument.TeiBlock dateline = tei.blocks().stream().filter(b -> b.element().equals("dateline")).findFirst()
                    .orElse(null);
            var normalised = new org.coldwar.extract.auto.DatelineNormaliser().normalise(tei.dateline());
            if (dateline == null || normalised.isEmpty() || dateline.end() <= dateline.start()) {
                return;
            }
            passage = texts.passageOfCodePoints(dateline.start(), dateline.end(), dateline.xpath());
            Claim claim = new Claim(at, source.fileName(), source.stem(), "publicationDate", ValueKind.DATE,
                    normalised.get().edtf(), "", "", "", "", "", "", "", passage.exact(), 0,
                    Attribution.AUTHOR_ASSERTS, DateBasis.IN_QUOTE, List.of(),
                    "The document's date as our program read it from the dateline, normalised (the document has no"
                    + " machine-readable date).");
            claims.proposal(new LocatedClaim(claim, passage), extraction, new ClaimMapper.Review(
                    ClaimMapper.Review.Status.PROPOSED, DATELINE_RULE, DATELINE_CONFIDENCE, "", "", at));
            return;
        }
        Claim claim = new Claim(at, source.fileName(), source.stem(), "publicationDate", ValueKind.DATE, value, "",
                "", "", "", "", "", "", passage.exact(), 0, Attribution.AUTHOR_ASSERTS, DateBasis.IN_QUOTE, List.of(),
                "The document's date, from " + how + ".");
        claims.claim(new LocatedClaim(claim, passage));
    }

    /**
     * The persons the heading names as sender ({@code type="from"}) and recipient ({@code type="to"})
     * of the document, as its author and addressee, each with the heading's passage of their name.
     */
    private void senderAndRecipient(SourceDocument source, TeiDocument tei, QuoteLocator texts, Location at) {
        for (TeiDocument.TeiSpan span : tei.spans()) {
            String property = switch (span.type()) {
                case "from" -> "author";
                case "to" -> "addressee";
                default -> null;
            };
            if (property == null || !span.element().equals("persName") || !span.xpath().startsWith("/div[1]/head[1]/")
                    || span.end() <= span.start()) {
                continue;
            }
            for (String ref : span.ref().split("\\s+")) {
                if (authority.entity(ref).isEmpty()) {
                    continue;
                }
                Passage passage = texts.passageOfCodePoints(span.start(), span.end(), span.xpath());
                Claim claim = new Claim(at, source.fileName(), source.stem(), property, ValueKind.ENTITY, ref, "", "",
                        "", "", "", "", "", passage.exact(), 0, Attribution.AUTHOR_ASSERTS, DateBasis.IN_QUOTE,
                        List.of(), "From the edition's heading, where the editors marked this person as the document's "
                        + (property.equals("author") ? "sender" : "recipient") + ".");
                claims.claim(new LocatedClaim(claim, passage));
            }
        }
    }

    /**
     * The place the dateline names ({@code placeName} in the dateline), as where the document was
     * written, when an entity of the authority file has that name; otherwise it stays an editor's tag.
     */
    private void placeOfWriting(SourceDocument source, TeiDocument tei, QuoteLocator texts, Location at) {
        for (TeiDocument.TeiSpan span : tei.spans()) {
            if (!span.element().equals("placeName") || !span.xpath().startsWith("/div[1]/dateline[")
                    || span.end() <= span.start()) {
                continue;
            }
            authority.entities().stream()
                    .filter(e -> org.coldwar.vocab.Ontology.get().isSubClassOf(e.type(), "Place"))
                    .filter(e -> e.label().equals(span.text()) || e.altLabels().contains(span.text()))
                    .findFirst().ifPresent(place -> {
                        Passage passage = texts.passageOfCodePoints(span.start(), span.end(), span.xpath());
                        Claim claim = new Claim(at, source.fileName(), source.stem(), "locationOfCreation",
                                ValueKind.ENTITY, place.id(), "", "", "", "", "", "", "", passage.exact(), 0,
                                Attribution.AUTHOR_ASSERTS, DateBasis.IN_QUOTE, List.of(),
                                "The place of the document's dateline, as the editors marked it.");
                        claims.claim(new LocatedClaim(claim, passage));
                    });
            return;
        }
    }

    /** Every footnote as a citation of the document and of the passage that carries its marker. */
    private void footnotes(SourceDocument source, TeiDocument tei, QuoteLocator texts, Location at) {
        GraphEmitter sources = new GraphEmitter(stream, iris.sourcesGraph());
        for (TeiDocument.TeiNote note : tei.notes()) {
            if (note.end() <= note.start()) {
                continue;
            }
            Passage printed = texts.passageOfCodePoints(note.start(), note.end(), note.xpath());
            Citation citation = new Citation(at, source.fileName(), note.n(), printed,
                    note.type().equals("source") ? Citation.Kind.SOURCE_NOTE : Citation.Kind.NOTE, List.of(), "", "",
                    "", "", "", "", "", "", "", "");
            Node cited = claims.citationMapper().map(citation);
            sources.add(iris.source(source.stem()), CITO.cites, cited);
            TeiDocument.TeiBlock marked = blockAround(tei, note.markerOffset());
            if (marked != null && marked.end() > marked.start()) {
                Passage carrier = texts.passageOfCodePoints(marked.start(), marked.end(), marked.xpath());
                claims.passages().add(claims.passages().map(carrier, at), CITO.cites, cited);
            }
        }
    }

    /** The innermost block whose text holds (or ends at) the offset, or null. */
    private static TeiDocument.TeiBlock blockAround(TeiDocument tei, int offset) {
        TeiDocument.TeiBlock best = null;
        for (TeiDocument.TeiBlock block : tei.blocks()) {
            if (block.start() <= offset && offset <= block.end()
                    && (best == null || block.end() - block.start() < best.end() - best.start())) {
                best = block;
            }
        }
        return best;
    }
}
