package org.coldwar.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.query.ResultSetFormatter;
import org.coldwar.publish.ReleaseDataset;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code coldwar query}: SPARQL over the release, the default graph being the union of all graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = "Run a SPARQL query over the release (default graph = union of all graphs).")
final class QueryCommand implements Callable<Integer> {

    /** Output formats for SELECT and ASK results. */
    enum Format { table, csv, tsv, json, xml }

    @Mixin
    ReleaseOptions release;

    @Parameters(arity = "0..1", paramLabel = "SPARQL", description = "The query text (or use --file).")
    String text;

    @Option(names = "--file", paramLabel = "FILE", description = "Read the query from a .rq file.")
    Path file;

    @Option(names = "--format", defaultValue = "table",
            description = "Result format for SELECT/ASK: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "CONSTRUCT/DESCRIBE give Turtle.")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Query query = parse(queryText());
        if (usesTextSearch(query)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "full-text search (text:query) needs the "
                    + "server's text index: run 'coldwar serve' and send the query to http://127.0.0.1:3030/sparql");
        }
        DatasetGraph dataset = ReleaseDataset.load(release.release);
        org.apache.jena.shared.PrefixMapping prefixes = ReleasePrefixes.of(release.release);
        prefixes.setNsPrefixes(query.getPrefixMapping());
        // The release is read offline: SERVICE calls are not made from here (use the endpoint).
        dataset.getContext().set(org.apache.jena.query.ARQ.httpServiceAllowed, false);
        PrintWriter out = spec.commandLine().getOut();
        OutputStream stream = new WriterOutputStream(out);
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).build()) {
            if (query.isSelectType()) {
                org.apache.jena.query.ResultSet rows = org.apache.jena.query.ResultSet.adapt(exec.select());
                switch (format) {
                    case table -> out.print(ResultSetFormatter.asText(rows, new org.apache.jena.sparql.core.Prologue(prefixes)));
                    case csv -> ResultSetMgr.write(stream, rows, ResultSetLang.RS_CSV);
                    case tsv -> ResultSetMgr.write(stream, rows, ResultSetLang.RS_TSV);
                    case json -> ResultSetMgr.write(stream, rows, ResultSetLang.RS_JSON);
                    case xml -> ResultSetMgr.write(stream, rows, ResultSetLang.RS_XML);
                }
            } else if (query.isAskType()) {
                boolean answer = exec.ask();
                switch (format) {
                    case json -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_JSON);
                    case xml -> ResultSetMgr.write(stream, answer, ResultSetLang.RS_XML);
                    default -> out.println(answer);
                }
            } else {
                org.apache.jena.graph.Graph graph = query.isConstructType() ? exec.construct() : exec.describe();
                graph.getPrefixMapping().setNsPrefixes(prefixes);
                RDFDataMgr.write(stream, graph, Lang.TURTLE);
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private String queryText() {
        if (text == null && file == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give a SPARQL query: as text "
                    + "('SELECT ...') or from a file (--file src/main/resources/queries/timeline.rq)");
        }
        if (text != null && file != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give the query as text or with --file, not both");
        }
        if (text != null) {
            return text;
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** True if the query calls jena-text's {@code text:query}, which only the server's index answers. */
    static boolean usesTextSearch(Query query) {
        boolean[] found = {false};
        org.apache.jena.sparql.syntax.ElementWalker.walk(query.getQueryPattern(),
                new org.apache.jena.sparql.syntax.ElementVisitorBase() {
                    @Override
                    public void visit(org.apache.jena.sparql.syntax.ElementPathBlock block) {
                        block.patternElts().forEachRemaining(t -> {
                            org.apache.jena.graph.Node p = t.getPredicate();
                            found[0] |= p != null && p.isURI() && p.getURI().equals("http://jena.apache.org/text#query");
                        });
                    }
                });
        return found[0];
    }

    private Query parse(String sparql) {
        try {
            return QueryFactory.create(sparql);
        } catch (QueryParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "invalid SPARQL: " + e.getMessage().lines().findFirst().orElse("").strip());
        }
    }

    /** Bytes written by Jena's writers, passed on as UTF-8 text to the command's writer. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter writer;
        private final java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(int b) {
            buffer.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            buffer.write(b, off, len);
        }

        @Override
        public void flush() {
            writer.write(buffer.toString(StandardCharsets.UTF_8));
            buffer.reset();
            writer.flush();
        }

        @Override
        public void close() {
            flush();
        }
    }
}
