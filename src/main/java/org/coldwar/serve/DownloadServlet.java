package org.coldwar.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.coldwar.publish.Checksums;
import org.coldwar.publish.DumpFormat;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the files of the release at {@code /download/<file>}, byte for byte as in
 * {@code dist/} (gzipped dumps as {@code application/gzip}, never re-encoded), with their media
 * type, an ETag (their SHA-256, as in SHA256SUMS), Last-Modified, and 304 answers to
 * conditional requests. Only files listed in SHA256SUMS, and SHA256SUMS itself, are served.
 */
final class DownloadServlet extends HttpServlet {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    private final Path releaseDir;
    private final Map<String, String> checksums;

    DownloadServlet(Path releaseDir, Map<String, String> checksums) {
        this.releaseDir = releaseDir;
        this.checksums = Map.copyOf(checksums);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        boolean listed = checksums.containsKey(name) || name.equals(Checksums.FILE_NAME);
        Path file = releaseDir.resolve(name);
        if (!listed || name.contains("/") || !Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "no such file in the release");
            return;
        }
        String etag = "\"" + (checksums.containsKey(name) ? checksums.get(name) : Checksums.sha256(file)) + "\"";
        Instant modified = Files.getLastModifiedTime(file).toInstant().truncatedTo(ChronoUnit.SECONDS);
        response.setHeader("ETag", etag);
        response.setHeader("Last-Modified", HTTP_DATE.format(modified));
        response.setHeader("Cache-Control", "public, max-age=300");
        if (notModified(request, etag, modified)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(mediaType(name));
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }

    private static boolean notModified(HttpServletRequest request, String etag, Instant modified) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        if (ifNoneMatch != null) {
            return ifNoneMatch.equals("*") || java.util.Arrays.stream(ifNoneMatch.split(","))
                    .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag));
        }
        String ifModifiedSince = request.getHeader("If-Modified-Since");
        if (ifModifiedSince != null) {
            try {
                return !modified.isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince)));
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    /** The media type of a release file as served (a gzipped dump is served as gzip). */
    static String mediaType(String name) {
        for (DumpFormat format : DumpFormat.values()) {
            if (format.fileName().equals(name)) {
                return format.gzipped() ? "application/gzip" : format.mediaType() + mediaCharset(format.mediaType());
            }
        }
        if (name.endsWith(".ttl")) {
            return "text/turtle; charset=utf-8";
        }
        if (name.endsWith(".jsonld")) {
            return "application/ld+json";
        }
        return "text/plain; charset=utf-8";
    }

    private static String mediaCharset(String mediaType) {
        return mediaType.startsWith("text/") || mediaType.equals("application/trig") ? "; charset=utf-8" : "";
    }
}
