package org.coldwar.serve;

import org.coldwar.Resources;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.coldwar.publish.JsonLdDumpWriter;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the linked-data site: the landing, query and search pages, and every IRI minted under
 * the base as a document in HTML, Turtle, N-Triples, JSON-LD or RDF/XML. The representation is
 * negotiated from Accept (answered 200 with {@code Content-Location} and {@code Vary: Accept},
 * the Cool URIs "content negotiation" pattern without a redirect) or fixed by a suffix
 * ({@code /entity/x.ttl}) or {@code ?format=ttl}.
 */
final class LinkedDataServlet extends HttpServlet {

    private static final Pattern SUFFIX = Pattern.compile("^(.*)\\.(html|ttl|nt|jsonld|rdf|trig|nq)$");
    private static final Pattern SOURCE_TEXT = Pattern.compile("^/source/([A-Za-z0-9_.-]+)\\.txt$");

    private static final JsonLdDumpWriter JSON_LD = JsonLdDumpWriter.withPackagedContext();

    private final Supplier<Site> sites;

    /** @param sites gives the site once the server is built (the store comes from Fuseki's configuration) */
    LinkedDataServlet(Supplier<Site> sites) {
        this.sites = sites;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            dispatch(request, response);
        } catch (RuntimeException e) {
            if (Boolean.getBoolean("coldwar.debug")) {
                e.printStackTrace();
            }
            System.err.println("coldwar: error serving " + request.getRequestURI() + ": " + e);
            if (!response.isCommitted()) {
                response.reset();
                response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
                html(response, PageLayout.notice(forwardedPrefix(request), "Server error",
                        "This page could not be made; the error is in the server's log.", null, ""));
            }
        }
    }

    private void dispatch(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = forwardedPrefix(request);
        Site site = sites.get();
        if (path.equals("/") || path.isEmpty()) {
            response.setHeader("Link", DocumentLinks.landing(prefix));
            html(response, site.landingPage(prefix));
        } else if (path.equals("/query")) {
            response.setHeader("Content-Security-Policy", QueryPage.CONTENT_SECURITY_POLICY);
            html(response, site.queryPage(request.getParameter("example"), request.getParameter("query"), prefix));
        } else if (path.equals("/search")) {
            SearchPage.Answer answer = site.searchPage(Optional.ofNullable(request.getParameter("q")).orElse(""), prefix);
            response.setStatus(answer.status());
            html(response, answer.html());
        } else if (path.startsWith("/static/")) {
            staticFile(path.substring("/static/".length()), request, response);
        } else if (SOURCE_TEXT.matcher(path).matches()) {
            sourceText(site, SOURCE_TEXT.matcher(path).replaceFirst("$1"), response);
        } else {
            resource(site, path, request, response, prefix);
        }
    }

    private void resource(Site site, String path, HttpServletRequest request, HttpServletResponse response,
            String prefix) throws IOException {
        String documentPath = path;
        Representation fixed = null;
        Matcher suffixed = SUFFIX.matcher(path);
        if (suffixed.matches() && site.known(site.resourceFor(path))) {
            suffixed = SUFFIX.matcher("");  // the dot is part of the IRI (e.g. distribution/coldwar.rdf)
        }
        if (suffixed.matches()) {
            documentPath = suffixed.group(1);
            fixed = Representation.bySuffix(suffixed.group(2)).orElseThrow();
        }
        String format = request.getParameter("format");
        if (format != null) {
            fixed = Representation.bySuffix(format).orElse(null);
            if (fixed == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown format " + format);
                return;
            }
        }
        Node iri = site.resourceFor(documentPath);
        List<Representation> offered = site.hasGraphs(iri) ? Representation.FOR_QUADS : Representation.FOR_TRIPLES;
        Representation chosen = fixed;
        if (chosen == null) {
            response.setHeader("Vary", "Accept");
            chosen = ContentNegotiation.choose(request.getHeader("Accept"), offered).orElse(null);
            if (chosen == null) {
                notAcceptable(response, offered);
                return;
            }
        }
        // the HTML page shows a bounded part of the document, its long lists paged (?page=, ?mentions=);
        // the data formats give what it says and a page of the triples pointing at it (?page=)
        Site.Document document = null;
        Graph description;
        if (chosen == Representation.HTML) {
            description = site.pageDescription(iri);
        } else {
            OptionalInt page = Paging.parse(request.getParameter("page"));
            if (page.isEmpty()) {
                badPageNumber(response, request.getParameter("page"));
                return;
            }
            document = site.document(iri, page.getAsInt());
            description = document.graph();
        }
        boolean known = !description.isEmpty() || offered == Representation.FOR_QUADS;  // a named graph is known
        if (!known || !offered.contains(chosen)) {
            notFound(response, prefix, iri, chosen);
            return;
        }
        if (document != null && !document.paging().exists()) {
            noSuchDocumentPage(response, document);
            return;
        }
        if (fixed == null) {
            response.setHeader("Content-Location", prefix + documentPath + "." + chosen.suffix()
                    + (document != null && document.paging().number() > 1 ? "?page=" + document.paging().number() : ""));
        }
        String links = DocumentLinks.header(iri, prefix + documentPath, chosen, offered);
        if (document != null && document.paging().pages() > 1) {
            links += ", " + DocumentLinks.pages(prefix + documentPath + "." + chosen.suffix(), document.paging());
        }
        response.setHeader("Link", links);
        if (chosen == Representation.HTML) {
            page(site, response, request, iri, description, documentPath, prefix);
        } else if (chosen.quads()) {
            quads(site, response, iri, description, chosen);
        } else {
            rdf(site, response, description, chosen, request.getHeader("Accept"));
        }
    }

    /** The HTML page, showing the pages of its long lists that {@code ?page=} and {@code ?mentions=} ask for. */
    private static void page(Site site, HttpServletResponse response, HttpServletRequest request, Node iri,
            Graph description, String documentPath, String prefix) throws IOException {
        OptionalInt claimsPage = Paging.parse(request.getParameter("page"));
        OptionalInt mentionsPage = Paging.parse(request.getParameter("mentions"));
        if (claimsPage.isEmpty() || mentionsPage.isEmpty()) {
            String bad = claimsPage.isEmpty() ? request.getParameter("page") : request.getParameter("mentions");
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            html(response, PageLayout.notice(prefix, "Bad request",
                    "“" + bad + "” is not a page number: the pages of a list are numbered 1, 2, 3 …", null, ""));
            return;
        }
        PageLayout.Answer answer = site.resourcePage(iri, description, documentPath, prefix, claimsPage.getAsInt(),
                mentionsPage.getAsInt());
        response.setStatus(answer.status());
        html(response, answer.html());
    }

    /** 400 for a data document's {@code ?page=} that is not a page number. */
    private static void badPageNumber(HttpServletResponse response, String parameter) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(("400 Bad Request: \"" + parameter + "\" is not a page number: the pages of"
                + " a document are numbered 1, 2, 3 …\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 404 for a page of a data document beyond its last. */
    private static void noSuchDocumentPage(HttpServletResponse response, Site.Document document) throws IOException {
        Paging paging = document.paging();
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType("text/plain; charset=utf-8");
        response.getOutputStream().write(("404 Not Found: there is no page " + paging.number() + " of this document:"
                + " the " + paging.total() + " " + document.paged() + " fill " + paging.pages()
                + (paging.pages() == 1 ? " page" : " pages") + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** 404: our page for a browser, a line of text for a client that asked for data. */
    private static void notFound(HttpServletResponse response, String prefix, Node iri, Representation chosen)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        if (chosen == Representation.HTML) {
            html(response, PageLayout.notice(prefix, "Not found", "Nothing is known about ", iri.getURI(), "."));
        } else {
            response.setContentType("text/plain; charset=utf-8");
            response.getOutputStream().write(("404 Not Found: nothing is known about <" + iri.getURI() + "> in "
                    + chosen.mediaType() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void rdf(Site site, HttpServletResponse response, Graph graph, Representation representation, String accept)
            throws IOException {
        response.setContentType(representation.contentTypeFor(accept));
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        if (representation == Representation.JSONLD) {
            JSON_LD.write(DatasetGraphFactory.wrap(graph), out);
        } else {
            graph.getPrefixMapping().setNsPrefixes(site.prefixes());
            if (representation == Representation.TURTLE) {
                NetworkTurtle.write(out, graph);
            } else {
                RDFDataMgr.write(out, graph, representation.lang());
            }
        }
    }

    /** A page of a named graph's document in TriG or N-Quads: its content, in the graph of that name. */
    private void quads(Site site, HttpServletResponse response, Node graphName, Graph content,
            Representation representation) throws IOException {
        response.setContentType(representation.contentType());
        DatasetGraph dataset = DatasetGraphFactory.createGeneral();
        dataset.addGraph(graphName, content);
        dataset.prefixes().putAll(site.prefixes());
        RDFDataMgr.write(response.getOutputStream(), dataset, representation.lang());
    }

    static void notAcceptable(HttpServletResponse response, List<Representation> offered) throws IOException {
        response.setStatus(HttpServletResponse.SC_NOT_ACCEPTABLE);
        response.setContentType("text/plain; charset=utf-8");
        StringBuilder available = new StringBuilder("406 Not Acceptable. Available: ");
        for (Representation r : offered) {
            available.append(r.mediaType()).append(' ');
        }
        response.getWriter().println(available.toString().strip());
    }

    private void sourceText(Site site, String stem, HttpServletResponse response) throws IOException {
        Path file = site.sourceFile(stem);
        if (file == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain; charset=utf-8");
        Files.copy(file, response.getOutputStream());
    }

    private void staticFile(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, String> types = Map.of("site.css", "text/css; charset=utf-8", "query.js",
                "text/javascript; charset=utf-8", "chart.js", "text/javascript; charset=utf-8");
        if (name.startsWith(VendoredFiles.PATH)) {
            VendoredFiles.serve(name.substring(VendoredFiles.PATH.length()), request, response);
            return;
        }
        if (!types.containsKey(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(types.get(name));
        response.setHeader("Cache-Control", "max-age=3600");
        response.getOutputStream().write(Resources.bytes(LinkedDataServlet.class, "static/" + name));
    }

    private static void html(HttpServletResponse response, String page) throws IOException {
        response.setContentType("text/html; charset=utf-8");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** The path prefix a reverse proxy mounts the site under ({@code X-Forwarded-Prefix}), or "". */
    static String forwardedPrefix(HttpServletRequest request) {
        String prefix = request.getHeader("X-Forwarded-Prefix");
        if (prefix == null || !prefix.matches("(/[A-Za-z0-9._~-]+)+")) {
            return "";
        }
        return prefix;
    }
}
