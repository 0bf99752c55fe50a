package org.coldwar.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.sparql.engine.binding.Binding;
import org.coldwar.serve.PageLayout.Frame;

/**
 * The landing page ({@code landing.mustache}): what the dataset is, its figures, license, how to
 * cite it, the sources, the downloads with their checksums, the SPARQL endpoint and example queries.
 */
final class LandingPage {

    private static final String[][] FIGURES = {{"claims", "claims"}, {"entities", "entities"},
        {"sources", "source documents"}, {"passages", "quoted passages"}, {"links", "exact Wikidata links"},
        {"triples", "distinct triples (the named graphs merged; the endpoint adds the dataset description and the ontology)"}};

    /** What {@code landing.mustache} shows; {@code about} is null if the store has no description. */
    record View(Frame frame, About about, String issued, String dataset, List<Source> sources, String endpointUrl,
            Link queryPage, List<Example> examples, List<Download> downloads, Link checksums) {
    }

    /** The dataset's description, figures, release date, license and description document. */
    record About(String description, List<Figure> figures, String issued, Link license, Link dataset) {
    }

    /** A source document: its page, its file name. */
    record Source(Link link, String file) {
    }

    /** "312" "claims". */
    record Figure(String value, String words) {
    }

    /** An example query: its link to the query page and what it does. */
    record Example(Link link, String description) {
    }

    /** A file of the release: its link, format in words, size in words, SHA-256. */
    record Download(Link file, String format, String size, String sha256) {
    }

    private LandingPage() {
    }

    /**
     * @param figures the row of {@code landing.rq}, or null if the store has no description
     * @param checksums file name to SHA-256, from the release's SHA256SUMS
     */
    static String render(Binding figures, List<Binding> sources, Map<String, String> checksums,
            Map<String, Long> sizes, Map<String, String> exampleQueries, LocalPaths paths, String prefix,
            String endpointUrl) {
        About about = null;
        if (figures != null) {
            List<Figure> list = new ArrayList<>();
            for (String[] f : FIGURES) {
                list.add(new Figure(lexical(figures, f[0]), f[1]));
            }
            about = new About(lexical(figures, "description"), list, lexical(figures, "issued"),
                    new Link(figures.get("license").getURI(), "CC BY 4.0"),
                    new Link(paths.href(paths.base() + "dataset", prefix), "Dataset description (VoID, DCAT)"));
        }
        List<Source> sourceLinks = sources.stream().map(s -> new Source(new Link(paths.href(s.get("source").getURI(), prefix),
                lexical(s, "title")), lexical(s, "file"))).toList();
        List<Example> examples = new ArrayList<>();
        exampleQueries.forEach((name, text) -> examples.add(
                new Example(new Link(prefix + "/query?example=" + name, name), ExampleQueries.description(text))));
        List<Download> downloads = new ArrayList<>();
        checksums.forEach((file, sha) -> downloads.add(new Download(new Link(prefix + "/download/" + file, file),
                DownloadFormats.describe(file), sizes.containsKey(file) ? DownloadFormats.size(sizes.get(file)) : "", sha)));
        Frame frame = new Frame(prefix, PageLayout.SITE_NAME).withHeadLinks(DocumentLinks.landingHeadLinks(prefix));
        return Templates.render("landing", new View(frame, about, figures == null ? "" : lexical(figures, "issued"),
                paths.base() + "dataset", sourceLinks, endpointUrl, new Link(prefix + "/query", "query page"), examples,
                downloads, new Link(prefix + "/download/SHA256SUMS", "SHA256SUMS")));
    }

    private static String lexical(Binding b, String var) {
        var node = b.get(var);
        return node == null ? "" : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }
}
