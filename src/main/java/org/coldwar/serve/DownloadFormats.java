package org.coldwar.serve;

import java.util.Locale;

/** How the downloads table names a release file's format and size. */
final class DownloadFormats {

    private DownloadFormats() {
    }

    /** "N-Quads, all named graphs, gzip" for {@code coldwar.nq.gz}, and so on; "" for a file we do not know. */
    static String describe(String file) {
        if (file.endsWith(".txt")) {
            return "plain text (UTF-8), a source document";
        }
        return switch (file) {
            case "coldwar.nq.gz" -> "N-Quads, all named graphs, gzip";
            case "coldwar.trig" -> "TriG, all named graphs";
            case "coldwar.jsonld" -> "JSON-LD 1.1, all named graphs";
            case "coldwar.ttl" -> "Turtle, all graphs merged";
            case "coldwar.nt.gz" -> "N-Triples, all graphs merged, gzip";
            case "coldwar.rdf" -> "RDF/XML, all graphs merged";
            case "context.jsonld" -> "JSON-LD context";
            case "ontology.ttl" -> "Turtle, the ontology";
            case "void.ttl" -> "Turtle, VoID and DCAT description";
            case "validation-report.ttl" -> "Turtle, SHACL validation report";
            default -> "";
        };
    }

    /** 1234567 bytes read "1.2 MB"; below 1 kB, "812 bytes". */
    static String size(long bytes) {
        if (bytes < 1000) {
            return bytes + " bytes";
        }
        String[] units = {"kB", "MB", "GB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
    }
}
