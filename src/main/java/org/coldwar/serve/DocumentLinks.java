package org.coldwar.serve;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.coldwar.serve.PageLayout.HeadLink;

/**
 * The links a document gives to its other versions (RFC 8288 {@code Link} headers and HTML
 * {@code <link>} elements): {@code alternate} for each representation we serve it in,
 * {@code canonical} for the IRI it stands for, and, on the landing page, {@code describedby}
 * the dataset's VoID description and the SPARQL service.
 */
final class DocumentLinks {

    private DocumentLinks() {
    }

    /** The Link header of the document at {@code documentPath} (prefix included), served as {@code served}. */
    static String header(Node iri, String documentPath, Representation served, List<Representation> offered) {
        List<String> links = new ArrayList<>();
        for (Representation r : offered) {
            if (r != served) {
                links.add("<" + documentPath + "." + r.suffix() + ">; rel=\"alternate\"; type=\"" + r.mediaType() + "\"");
            }
        }
        links.add("<" + iri.getURI() + ">; rel=\"canonical\"");
        return String.join(", ", links);
    }

    /**
     * The Link header's paging links of a data document whose paged triples (those pointing at
     * the resource, or a named graph's) fill several pages, as W3C's Linked Data Platform Paging
     * gives them: the page's type, the first and last pages and, where there is one, the next and
     * previous.
     *
     * @param document the document's path with its suffix, without query
     */
    static String pages(String document, Paging paging) {
        List<String> links = new ArrayList<>();
        links.add("<http://www.w3.org/ns/ldp#Page>; rel=\"type\"");
        links.add("<" + pageOf(document, 1) + ">; rel=\"first\"");
        if (paging.number() > 1) {
            links.add("<" + pageOf(document, paging.number() - 1) + ">; rel=\"prev\"");
        }
        if (paging.number() < paging.pages()) {
            links.add("<" + pageOf(document, paging.number() + 1) + ">; rel=\"next\"");
        }
        links.add("<" + pageOf(document, paging.pages()) + ">; rel=\"last\"");
        return String.join(", ", links);
    }

    private static String pageOf(String document, int page) {
        return page == 1 ? document : document + "?page=" + page;
    }

    /** The {@code <link rel="alternate">} elements of the HTML page of a document. */
    static List<HeadLink> headLinks(String documentPath, List<Representation> offered) {
        List<HeadLink> links = new ArrayList<>();
        for (Representation r : offered) {
            if (r != Representation.HTML) {
                links.add(new HeadLink("alternate", r.mediaType(), null, documentPath + "." + r.suffix()));
            }
        }
        return links;
    }

    /** The landing page's Link header: the dataset's description and the query service. */
    static String landing(String prefix) {
        return "<" + prefix + "/dataset.ttl>; rel=\"describedby\"; type=\"text/turtle\", "
                + "<" + prefix + "/sparql>; rel=\"http://www.w3.org/ns/sparql-service-description#endpoint\"";
    }

    /** The landing page's {@code <link>} elements. */
    static List<HeadLink> landingHeadLinks(String prefix) {
        return List.of(new HeadLink("describedby", "text/turtle", "VoID description", prefix + "/dataset.ttl"));
    }
}
