package org.coldwar.extract.auto;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Common English words in lower case ({@code common-words.txt}, from SCOWL): a surname that is
 * also one ("White", "Young", "Hope", "Lodge") is ambiguous, and a glued OCR word ("Rajkmust")
 * must end in one. Immutable, loaded once.
 */
final class CommonWords {

    private static final Set<String> WORDS = load("common-words.txt");

    private CommonWords() {
    }

    /** True if {@code normalised} (lower case, as {@link Tokens} makes it) is a common word. */
    static boolean contains(String normalised) {
        return WORDS.contains(normalised);
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>(60_000);
        try (InputStream in = CommonWords.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
