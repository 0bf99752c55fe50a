package org.coldwar.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/**
 * The Fuseki assembler configuration of {@code fuseki-config/coldwar.ttl}, with the store
 * locations and the query timeout set for one run. Everything else (services, endpoints, the
 * text index) comes from the file, so the embedded server and a stock Fuseki serve alike.
 */
public final class FusekiConfiguration {

    /** Class-path copy of {@code fuseki-config/coldwar.ttl}. */
    public static final String RESOURCE = "/fuseki-config/coldwar.ttl";
    static final String NS = "https://w3id.org/coldwar/fuseki#";
    private static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    private static final String TEXT = "http://jena.apache.org/text#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    private final Model model;

    private FusekiConfiguration(Model model) {
        this.model = model;
    }

    /** The packaged configuration as it is in the repository. */
    public static FusekiConfiguration packaged() {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = FusekiConfiguration.class.getResourceAsStream(RESOURCE)) {
            RDFParser.source(in).lang(Lang.TURTLE).parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FusekiConfiguration(model);
    }

    /** A copy whose TDB2 database and Lucene index live under {@code storeDir}. */
    public FusekiConfiguration withStore(Path storeDir) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        Path absolute = storeDir.toAbsolutePath().normalize();
        replace(copy, copy.createResource(NS + "store"), copy.createProperty(TDB2 + "location"),
                copy.createLiteral(absolute.resolve("tdb2").toString()));
        replace(copy, copy.createResource(NS + "index"), copy.createProperty(TEXT + "directory"),
                copy.createLiteral(absolute.resolve("text").toString()));
        return new FusekiConfiguration(copy);
    }

    /** A copy with the server's query timeout set. */
    public FusekiConfiguration withQueryTimeout(Duration timeout) {
        Model copy = ModelFactory.createDefaultModel().add(model);
        copy.setNsPrefixes(model.getNsPrefixMap());
        Property cxtName = copy.createProperty(JA + "cxtName");
        Property cxtValue = copy.createProperty(JA + "cxtValue");
        copy.listResourcesWithProperty(cxtName, "arq:queryTimeout").forEachRemaining(setting ->
                replace(copy, setting, cxtValue, copy.createLiteral(Long.toString(timeout.toMillis()))));
        return new FusekiConfiguration(copy);
    }

    /** The query timeout the configuration sets, or null. */
    public Duration queryTimeout() {
        Property cxtName = model.createProperty(JA + "cxtName");
        Property cxtValue = model.createProperty(JA + "cxtValue");
        return model.listResourcesWithProperty(cxtName, "arq:queryTimeout").nextOptional()
                .map(r -> Duration.ofMillis(Long.parseLong(r.getProperty(cxtValue).getString()))).orElse(null);
    }

    /** The SERVICE endpoints the configuration allows ({@code :server :allowService <url>}). */
    public java.util.List<String> allowedServices() {
        return model.listObjectsOfProperty(model.getResource(NS + "server"), model.createProperty(NS + "allowService"))
                .mapWith(node -> node.isURIResource() ? node.asResource().getURI() : node.toString()).toList();
    }

    /**
     * A fingerprint of the text index's definition (entity map, analyzers; not its directory):
     * an index built under another definition must be built again.
     */
    public String indexDefinition() {
        Model index = ModelFactory.createDefaultModel();
        java.util.Deque<Resource> todo = new java.util.ArrayDeque<>(java.util.List.of(model.getResource(NS + "index")));
        java.util.Set<Resource> seen = new java.util.HashSet<>();
        Property directory = model.createProperty(TEXT + "directory");
        while (!todo.isEmpty()) {
            Resource r = todo.pop();
            if (seen.add(r)) {
                r.listProperties().forEachRemaining(st -> {
                    if (!st.getPredicate().equals(directory)) {
                        index.add(st);
                        if (st.getObject().isResource()) {
                            todo.push(st.getObject().asResource());
                        }
                    }
                });
            }
        }
        java.io.StringWriter text = new java.io.StringWriter();
        org.apache.jena.riot.RDFDataMgr.write(text, index, org.apache.jena.riot.RDFFormat.NTRIPLES);
        java.util.List<String> lines = new java.util.ArrayList<>(text.toString().lines()
                .map(l -> l.replaceAll("_:\\S+", "_:b")).toList());  // blank node labels vary between parses
        java.util.Collections.sort(lines);
        return org.coldwar.source.Sha256.hex(org.coldwar.source.Sha256.digest()
                .digest(String.join("\n", lines).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The configuration model (a copy is not made: do not modify). */
    public Model model() {
        return model;
    }

    /** Assembles the configured text dataset (TDB2 + Lucene), e.g. for loading the store. */
    public Dataset assembleDataset() {
        return DatasetFactory.assemble(model.getResource(NS + "dataset"));
    }

    private static void replace(Model model, Resource subject, Property property, org.apache.jena.rdf.model.RDFNode value) {
        java.util.List<Statement> old = model.listStatements(subject, property, (org.apache.jena.rdf.model.RDFNode) null).toList();
        if (old.isEmpty()) {
            throw new IllegalStateException("fuseki-config/coldwar.ttl lacks " + subject.getLocalName() + " " + property);
        }
        model.remove(old);
        model.add(subject, property, value);
    }

}
