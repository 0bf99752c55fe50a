package org.coldwar.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.GZIPOutputStream;

import org.coldwar.Resources;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The vendored YASGUI ({@code static/yasgui/}, see its README), served under
 * {@code /static/yasgui/<version>/}: the URL changes with the version, so a browser may keep a
 * file for a year. Gzipped for a client that accepts it (the script shrinks from 1 MB to 280 kB),
 * compressed once and kept.
 */
final class VendoredFiles {

    /** The path below {@code /static/} the files are served under. */
    static final String PATH = "yasgui/" + QueryPage.YASGUI_VERSION + "/";

    private static final Map<String, String> TYPES = Map.of("yasgui.min.js", "text/javascript; charset=utf-8",
            "yasgui.min.css", "text/css; charset=utf-8", "LICENSE", "text/plain; charset=utf-8");
    private static final Map<String, byte[]> GZIPPED = new ConcurrentHashMap<>();

    private VendoredFiles() {
    }

    /** Answers a request for {@code name} (below {@link #PATH}): the file, or 404 if it is not one of them. */
    static void serve(String name, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!TYPES.containsKey(name)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(TYPES.get(name));
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        response.setHeader("Vary", "Accept-Encoding");
        String accepted = request.getHeader("Accept-Encoding");
        if (accepted != null && accepted.matches("(?i).*\\bgzip\\b(?!\\s*;\\s*q=0(\\.0*)?\\s*(,|$)).*")) {
            response.setHeader("Content-Encoding", "gzip");
            response.getOutputStream().write(GZIPPED.computeIfAbsent(name, VendoredFiles::gzip));
        } else {
            response.getOutputStream().write(bytes(name));
        }
    }

    private static byte[] bytes(String name) {
        return Resources.bytes(VendoredFiles.class, "static/yasgui/" + name);
    }

    private static byte[] gzip(String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
