package org.coldwar.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.shared.PrefixMapping;
import org.coldwar.publish.DumpFormat;
import org.coldwar.vocab.Ontology;

/**
 * The prefixes a release's TriG dump declares ({@code entity:}, {@code claim:}, {@code cw:} …,
 * under the release's own base), read from the head of the file, for printing IRIs short. The
 * ontology's prefixes if the release has no TriG dump.
 */
final class ReleasePrefixes {

    private static final Pattern PREFIX = Pattern.compile("(?i)^\\s*@?prefix\\s+([\\w.-]*):\\s*<([^>]*)>");

    private ReleasePrefixes() {
    }

    static PrefixMapping of(Path releaseDir) {
        PrefixMapping prefixes = PrefixMapping.Factory.create().setNsPrefixes(Ontology.get().graph().getPrefixMapping());
        Path trig = releaseDir.resolve(DumpFormat.TRIG.fileName());
        if (!Files.isRegularFile(trig)) {
            return prefixes;
        }
        try (BufferedReader in = Files.newBufferedReader(trig, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                Matcher m = PREFIX.matcher(line);
                if (m.find()) {
                    prefixes.setNsPrefix(m.group(1), m.group(2));
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    break;  // the prefixes come first
                }
            }
        } catch (IOException e) {
            // the full IRIs are printed instead
        }
        return prefixes;
    }
}
