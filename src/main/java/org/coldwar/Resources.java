package org.coldwar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Files packaged on the class path: the ontology, shapes and Fuseki configuration copied by the
 * build, and the queries and page assets beside the classes that use them. A missing one is a
 * packaging bug, reported as {@link IllegalStateException}.
 */
public final class Resources {

    private Resources() {
    }

    /** The bytes of {@code name}, resolved like {@link Class#getResourceAsStream} against {@code owner}. */
    public static byte[] bytes(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + name + " (beside " + owner.getName() + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The UTF-8 text of {@code name}, resolved against {@code owner}. */
    public static String text(Class<?> owner, String name) {
        return new String(bytes(owner, name), StandardCharsets.UTF_8);
    }
}
