package org.coldwar.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.coldwar.TestFiles;
import org.coldwar.extract.auto.ClaimRules;
import org.coldwar.extract.auto.Gazetteer;
import org.coldwar.extract.auto.Mention;
import org.coldwar.extract.auto.NameForms;
import org.coldwar.extract.auto.Sentences;
import org.coldwar.extract.auto.TimeExpression;
import org.coldwar.extract.auto.TimeExpressionTagger;
import org.coldwar.source.tei.ListedPerson;
import org.coldwar.source.tei.PersonsListReader;
import org.coldwar.source.tei.TeiDocument;
import org.coldwar.source.tei.TeiReader;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the automatic extraction, stage by stage, over the FRUS slice replicated to more
 * than 20 MB of TEI, one document at a time (as a build reads an archive): TEI reading, sentences,
 * gazetteer tagging, time expressions, claim rules; characters per second of plain text for each
 * stage and for all, on one thread, and the heap after a full GC every quarter of the run (it must
 * not grow with the corpus). Prints figures; asserts nothing.
 */
@Tag("benchmark")
class ExtractionBenchmark {

    @Test
    void stagesOverTwentyMegabytes() throws IOException {
        Path slice = TestFiles.resource("tei/frus1955-57v02");
        List<String> xmls = new ArrayList<>();
        try (Stream<Path> files = Files.list(slice)) {
            for (Path f : files.filter(f -> f.getFileName().toString().matches("d\\d+\\.xml")).sorted().toList()) {
                xmls.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<ListedPerson> persons = new PersonsListReader().read(slice.resolve("persons.xml"), "persons.xml");
        Gazetteer gazetteer = Gazetteer.of(NameForms.entries(persons));
        Sentences sentences = new Sentences();
        TimeExpressionTagger times = new TimeExpressionTagger();
        ClaimRules rules = ClaimRules.measured();
        Map<String, String> labels = new java.util.HashMap<>();
        persons.forEach(p -> labels.put(p.id(), p.name()));
        long teiBytes = 0;
        long textChars = 0;
        long[] nanos = new long[5];
        long found = 0;
        int rounds = 0;
        long target = 20L * 1024 * 1024;
        long nextHeapCheck = target / 4;
        while (teiBytes < target) {
            for (String xml : xmls) {
                long t0 = System.nanoTime();
                TeiDocument tei = new TeiReader().parse(xml, "d.xml");
                long t1 = System.nanoTime();
                List<Sentences.Sentence> split = sentences.split(tei.text());
                long t2 = System.nanoTime();
                List<Mention> mentions = gazetteer.tag(tei.text());
                long t3 = System.nanoTime();
                List<TimeExpression> dates = times.tag(tei.text(),
                        tei.dateMin().length() >= 10 ? java.time.LocalDate.parse(tei.dateMin().substring(0, 10)) : null);
                long t4 = System.nanoTime();
                for (Sentences.Sentence s : split) {
                    List<Mention> inside = mentions.stream().filter(m -> m.start() >= s.start() && m.end() <= s.end())
                            .toList();
                    Optional<TimeExpression> time = dates.stream().filter(d -> d.start() >= s.start()
                            && d.end() <= s.end()).findFirst();
                    found += rules.propose("d", tei.text(), s, inside, time.orElse(null), labels).size();
                }
                long t5 = System.nanoTime();
                nanos[0] += t1 - t0;
                nanos[1] += t2 - t1;
                nanos[2] += t3 - t2;
                nanos[3] += t4 - t3;
                nanos[4] += t5 - t4;
                teiBytes += xml.getBytes(StandardCharsets.UTF_8).length;
                textChars += tei.text().length();
                found += mentions.size() + dates.size();
            }
            rounds++;
            if (teiBytes >= nextHeapCheck) {
                System.gc();
                Runtime rt = Runtime.getRuntime();
                System.out.printf(Locale.ROOT, "after %5.1f MB of TEI: heap in use %d MB%n", teiBytes / 1e6,
                        (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024));
                nextHeapCheck += target / 4;
            }
        }
        String[] stages = {"TEI reading", "sentences", "gazetteer", "time expressions", "claim rules"};
        long total = 0;
        System.out.printf(Locale.ROOT, "%d rounds of the 22-document slice: %.1f MB of TEI, %.1f M characters of text%n",
                rounds, teiBytes / 1e6, textChars / 1e6);
        for (int i = 0; i < stages.length; i++) {
            total += nanos[i];
            System.out.printf(Locale.ROOT, "  %-17s %8.2f MB/s of text (%.1f s)%n", stages[i],
                    textChars / 1e6 / (nanos[i] / 1e9), nanos[i] / 1e9);
        }
        System.out.printf(Locale.ROOT, "  %-17s %8.2f MB/s of text (%.1f s); %d things found%n", "whole extraction",
                textChars / 1e6 / (total / 1e9), total / 1e9, found);
    }
}
