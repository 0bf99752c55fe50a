package org.coldwar.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.vocabulary.RDF;
import org.coldwar.publish.Checksums;
import org.coldwar.vocab.CW;
import org.coldwar.vocab.Namespaces;
import org.coldwar.vocab.Ontology;

/**
 * What the linked-data pages are made of: the store (for descriptions, claims and search), the
 * release directory (for source texts and checksums), and the mapping between IRIs and paths.
 */
final class Site {

    private final DatasetGraph store;
    private final SiteQueries queries;
    private final LocalPaths paths;
    private final Path releaseDir;
    private final Map<String, String> examples = ExampleQueries.all();

    Site(DatasetGraph store, LocalPaths paths, Path releaseDir) {
        this.store = store;
        this.queries = new SiteQueries(store);
        this.paths = paths;
        this.releaseDir = releaseDir;
    }

    /** The IRI a document path stands for: {@code /ontology} is the ontology, the rest is under the base. */
    Node resourceFor(String documentPath) {
        if (documentPath.equals("/ontology")) {
            return NodeFactory.createURI(Namespaces.ONTOLOGY);
        }
        return NodeFactory.createURI(paths.iriOf(documentPath));
    }

    /**
     * A page of a resource's RDF document.
     *
     * @param graph the page's triples (none if the page does not exist)
     * @param paging which page this is, and how many triples the document pages through
     * @param paged what those triples are, for messages ("triples pointing at the resource")
     */
    record Document(Graph graph, Paging paging, String paged) {
    }

    /**
     * Page {@code page} of the RDF document of a resource, bounded whatever the corpus: for a
     * resource, what it says and {@link Paging#DOCUMENT_SIZE} of the triples pointing at it, in the
     * order of their subject and property; for a named graph, {@link Paging#GRAPH_SIZE} of its
     * triples, in the order of subject, property and value. The ontology's document is the whole
     * ontology, on one page.
     */
    Document document(Node iri, int page) {
        if (iri.getURI().equals(Namespaces.ONTOLOGY)) {
            Graph copy = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            Ontology.get().graph().find().forEachRemaining(copy::add);
            Paging whole = new Paging(page, copy.size(), Math.max(1, copy.size()));
            return new Document(copy, whole, "triples of the ontology");
        }
        Map<String, Node> resource = Map.of("resource", iri);
        if (hasGraphs(iri)) {
            Paging triples = new Paging(page, queries.count("graph-count", resource), Paging.GRAPH_SIZE);
            Graph content = triples.exists() && triples.total() > 0
                    ? queries.constructPage("graph-content", resource, triples.size(), triples.offset())
                    : org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            return new Document(content, triples, "triples of the graph");
        }
        Graph description = queries.construct("describe", resource);
        Paging incoming = new Paging(page, queries.count("incoming-count", resource), Paging.DOCUMENT_SIZE);
        if (incoming.exists() && incoming.total() > 0) {
            queries.constructPage("incoming-page", resource, incoming.size(), incoming.offset()).find()
                    .forEachRemaining(description::add);
        }
        return new Document(description, incoming, "triples pointing at the resource");
    }

    /** True if anything is said of {@code iri} or points at it, or it is the ontology or a graph. */
    boolean known(Node iri) {
        return iri.getURI().equals(Namespaces.ONTOLOGY) || hasGraphs(iri)
                || !queries.select("known", Map.of("resource", iri)).isEmpty();
    }

    /** True if {@code iri} names a graph of the store (its document is offered in TriG and N-Quads too). */
    boolean hasGraphs(Node iri) {
        return iri.getURI().startsWith(paths.base() + "graph/")
                && org.apache.jena.system.Txn.calculateRead(store, () -> store.containsGraph(iri));
    }

    PrefixMapping prefixes() {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Ontology.get().graph().getPrefixMapping());
        prefixes.setNsPrefix("entity", paths.base() + "entity/");
        return prefixes;
    }

    /**
     * What the HTML page of {@code iri} shows of its document: what it says and the labels of what
     * it names, without every triple that points at it (see {@code page-description.rq}); empty
     * if nothing is known about it, and for a named graph, whose page shows its name and formats,
     * not its content.
     */
    Graph pageDescription(Node iri) {
        if (iri.getURI().equals(Namespaces.ONTOLOGY)) {
            return document(iri, 1).graph();
        }
        return queries.construct("page-description", Map.of("resource", iri));
    }

    /**
     * The HTML page of {@code iri}, whose document is at {@code documentPath} (without prefix or
     * suffix), showing page {@code claimsPage} of its claims and {@code mentionsPage} of the
     * sources that mention it; 404 with our page if the list has no such page.
     */
    PageLayout.Answer resourcePage(Node iri, Graph description, String documentPath, String prefix, int claimsPage,
            int mentionsPage) {
        List<Representation> offered = hasGraphs(iri) ? Representation.FOR_QUADS : Representation.FOR_TRIPLES;
        List<PageLayout.HeadLink> headLinks = DocumentLinks.headLinks(prefix + documentPath, offered);
        if (iri.getURI().equals(Namespaces.ONTOLOGY)) {
            return ok(OntologyPage.render(Ontology.get().graph(), ontologyUsage(), paths, prefix, headLinks));
        }
        if (description.contains(iri, RDF.type.asNode(), CW.SourceDocument)) {
            String fileName = ResourcePage.firstLiteral(description, iri, CW.fileName);
            String title = ResourcePage.firstLiteral(description, iri, org.apache.jena.vocabulary.DCTerms.title.asNode());
            String stem = fileName.substring(0, fileName.length() - ".txt".length());
            List<Binding> passages = queries.select("passages-of", Map.of("resource", iri));
            return ok(SourcePage.render(title, fileName, prefix + "/source/" + stem + ".txt", read(sourceFile(stem)),
                    passages, paths, prefix, new Link(prefix + documentPath + ".ttl", "Turtle"), headLinks));
        }
        if (description.contains(iri, RDF.type.asNode(), CW.Claim)) {
            List<Binding> claim = withSubjectTimes(queries.select("claims-of", Map.of("claim", iri)));
            return ok(ResourcePage.render(iri, description, claim, List.of(), paths, prefix, documentPath, offered));
        }
        Paging claims = new Paging(claimsPage, queries.count("claims-count", Map.of("resource", iri)));
        Paging mentions = new Paging(mentionsPage, queries.count("mentions-count", Map.of("resource", iri)));
        Optional<PageLayout.Answer> missing = noSuchPage(claims, "claims", prefix)
                .or(() -> noSuchPage(mentions, "sources that mention it", prefix));
        if (missing.isPresent()) {
            return missing.get();
        }
        List<Node> pageOfClaims = queries.select("claims-page", Map.of("resource", iri), Paging.SIZE, claims.offset())
                .stream().map(row -> row.get("claim")).toList();
        ResourcePage.Rows claimRows = new ResourcePage.Rows(
                withSubjectTimes(queries.selectEach("claims-of", "claim", pageOfClaims)), claims);
        ResourcePage.Rows mentionRows = new ResourcePage.Rows(
                queries.select("mentions-of", Map.of("resource", iri), Paging.SIZE, mentions.offset()), mentions);
        return ok(ResourcePage.render(iri, description, claimRows, mentionRows, paths, prefix, documentPath, offered));
    }

    /**
     * Rows of {@code claims-of.rq} with {@code ?when} set, where a claim has no date of its own, to
     * its subject event's point in time ({@code subject-time.rq}), read once for each subject.
     */
    private List<Binding> withSubjectTimes(List<Binding> claims) {
        Map<Node, Optional<Node>> times = new java.util.HashMap<>();
        List<Binding> rows = new java.util.ArrayList<>();
        for (Binding row : claims) {
            Optional<Node> when = row.get("when") != null ? Optional.empty()
                    : times.computeIfAbsent(row.get("s"), subject -> queries.select("subject-time",
                            Map.of("subject", subject)).stream().map(b -> b.get("when")).filter(w -> w != null).findFirst());
            rows.add(when.map(w -> BindingFactory.binding(row, Var.alloc("when"), w)).orElse(row));
        }
        return rows;
    }

    /** 404 with our page if {@code paging} asks for a page beyond the last of the list. */
    private static Optional<PageLayout.Answer> noSuchPage(Paging paging, String list, String prefix) {
        if (paging.exists()) {
            return Optional.empty();
        }
        String text = "There is no page " + paging.number() + " of the " + list + ": they fill " + paging.pages()
                + (paging.pages() == 1 ? " page." : " pages.");
        return Optional.of(new PageLayout.Answer(404, PageLayout.notice(prefix, "Not found", text, null, "")));
    }

    private static PageLayout.Answer ok(String html) {
        return new PageLayout.Answer(200, html);
    }

    private volatile Map<Node, OntologyPage.Usage> ontologyUsage;

    /** What the release does with each term of the ontology, counted once (the store does not change while served). */
    Map<Node, OntologyPage.Usage> ontologyUsage() {
        if (ontologyUsage == null) {
            Map<Node, long[]> figures = new java.util.HashMap<>();
            String[] columns = {"instances", "subjects", "claims", "referrers"};
            for (Binding row : queries.select("ontology-usage", Map.of())) {
                long[] f = figures.computeIfAbsent(row.get("term"), t -> new long[columns.length]);
                for (int i = 0; i < columns.length; i++) {
                    if (row.get(columns[i]) != null) {
                        f[i] = Long.parseLong(row.get(columns[i]).getLiteralLexicalForm());
                    }
                }
            }
            Map<Node, OntologyPage.Usage> usage = new java.util.HashMap<>();
            figures.forEach((term, f) -> usage.put(term, new OntologyPage.Usage(f[0], f[1], f[2], f[3])));
            ontologyUsage = Map.copyOf(usage);
        }
        return ontologyUsage;
    }

    String landingPage(String prefix) {
        List<Binding> figures = queries.select("landing", Map.of());
        return LandingPage.render(figures.isEmpty() ? null : figures.get(0), queries.select("sources-list", Map.of()),
                checksums(), sizes(), examples, paths, prefix, prefix + "/sparql");
    }

    /** The query page with {@code query} in its editor, or else the example named {@code example} (both may be null). */
    String queryPage(String example, String query, String prefix) {
        return PageLayout.withHeadLinks(PageLayout.page(prefix, "SPARQL query",
                QueryPage.render(examples, example, query, prefixes(), paths)), QueryPage.headElements(prefix));
    }

    /**
     * The search page for what a visitor typed: 200 with the hits, or 400 with the reason when
     * the text holds nothing to search for (see {@link SearchInput}).
     */
    SearchPage.Answer searchPage(String text, String prefix) {
        if (text.isBlank()) {
            return SearchPage.ok(SearchPage.render(text, List.of(), "Type a name, a spelling or words of a quote.", paths, prefix));
        }
        Optional<String> lucene = SearchInput.toLucene(text);
        if (lucene.isEmpty()) {
            return SearchPage.badRequest(SearchPage.render(text, List.of(),
                    "The search could not be understood: type words of a name or a quote, or a \"quoted phrase\".", paths, prefix));
        }
        try {
            List<Binding> hits = queries.select("search", Map.of("q", NodeFactory.createLiteralString(lucene.get())));
            return SearchPage.ok(SearchPage.render(text, hits, null, paths, prefix));
        } catch (QueryParseException | org.apache.jena.query.text.TextIndexException e) {
            return SearchPage.badRequest(SearchPage.render(text, List.of(), "The search could not be understood: " + e.getMessage(),
                    paths, prefix));
        }
    }

    /** The released source text of a stem, or null if the release has none. */
    Path sourceFile(String stem) {
        Path file = releaseDir.resolve(stem + ".txt");
        return Files.isRegularFile(file) ? file : null;
    }

    /** File name to SHA-256 of every file of the release, as listed in SHA256SUMS. */
    Map<String, String> checksums() {
        return Checksums.read(releaseDir);
    }

    /** File name to size in bytes of every file of the release listed in SHA256SUMS. */
    Map<String, Long> sizes() {
        Map<String, Long> sizes = new java.util.HashMap<>();
        for (String file : checksums().keySet()) {
            try {
                sizes.put(file, Files.size(releaseDir.resolve(file)));
            } catch (IOException e) {
                // listed but gone: the page shows no size
            }
        }
        return sizes;
    }

    private static String read(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;  // offsets count from after a BOM
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
