package org.coldwar.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What the SPARQL services answer before Fuseki sees a request: on the query endpoints
 * ({@code /sparql}, {@code /coldwar/sparql}) a GET or HEAD without a query gets the
 * {@link ServiceDescription} (negotiated; a browser is sent to the query page), a HEAD with a
 * query is run as a GET whose body Jetty leaves out, and {@code output}/{@code format}/
 * {@code results} parameters become the Accept header they stand for
 * ({@link ResultFormatParameters}). On the Graph Store, {@code ?default} reads the union of the
 * named graphs, the same default graph as the query service's.
 */
final class SparqlProtocolFilter implements Filter {

    static final Set<String> QUERY_ENDPOINTS = Set.of("/sparql", "/coldwar/sparql");
    static final String GRAPH_STORE = "/coldwar/data";
    /** Jena's name for the union of the named graphs. */
    static final String UNION_GRAPH = "urn:x-arq:UnionGraph";

    private static final List<Representation> DESCRIPTION_OFFER = List.of(Representation.TURTLE,
            Representation.NTRIPLES, Representation.JSONLD, Representation.RDFXML, Representation.HTML);

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (QUERY_ENDPOINTS.contains(path)) {
            if (read && request.getParameter("query") == null) {
                serviceDescription(request, response);
                return;
            }
            HttpServletRequest asked = ResultFormatParameters.apply(request);
            chain.doFilter("HEAD".equals(request.getMethod()) ? new AsGet(asked) : asked, res);
        } else if (GRAPH_STORE.equals(path) && read && request.getParameter("default") != null
                && request.getParameter("graph") == null) {
            chain.doFilter(new UnionDefault(request), res);
        } else {
            chain.doFilter(req, res);
        }
    }

    private static void serviceDescription(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        String prefix = LinkedDataServlet.forwardedPrefix(request);
        Optional<Representation> chosen = ContentNegotiation.choose(request.getHeader("Accept"), DESCRIPTION_OFFER);
        if (chosen.isEmpty()) {
            LinkedDataServlet.notAcceptable(response, DESCRIPTION_OFFER);
            return;
        }
        if (chosen.get() == Representation.HTML) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", prefix + "/query");
            return;
        }
        response.setContentType(chosen.get().contentTypeFor(request.getHeader("Accept")));
        response.setHeader("Link", "<" + prefix + "/query>; rel=\"alternate\"; type=\"text/html\"");
        if ("GET".equals(request.getMethod())) {
            ServiceDescription.write(endpointUrl(request, prefix), chosen.get(), response.getOutputStream());
        }
    }

    /** The endpoint's URL as the client called it (behind a proxy: its scheme, host and prefix). */
    static String endpointUrl(HttpServletRequest request, String prefix) {
        URI called = URI.create(request.getRequestURL().toString());
        String scheme = Optional.ofNullable(request.getHeader("X-Forwarded-Proto")).filter(s -> s.matches("https?"))
                .orElse(called.getScheme());
        return scheme + "://" + called.getRawAuthority() + prefix + called.getRawPath();
    }

    /** A HEAD request, run as the GET it asks about. */
    private static final class AsGet extends HttpServletRequestWrapper {
        AsGet(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }
    }

    /** {@code ?default} as {@code ?graph=}{@value #UNION_GRAPH}. */
    private static final class UnionDefault extends HttpServletRequestWrapper {
        UnionDefault(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getQueryString() {
            return "graph=" + UNION_GRAPH;
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterValues(name);
            return values == null ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            return getParameterMap().get(name);
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> map = new LinkedHashMap<>(super.getParameterMap());
            map.remove("default");
            map.put("graph", new String[] {UNION_GRAPH});
            return Collections.unmodifiableMap(map);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}
