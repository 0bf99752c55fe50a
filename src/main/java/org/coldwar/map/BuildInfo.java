package org.coldwar.map;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Properties;

/**
 * What the build activity records about itself: the software version and the start time. The
 * time honours {@code SOURCE_DATE_EPOCH} (the reproducible-builds convention), so that two
 * builds of the same inputs can produce byte-identical releases.
 */
public record BuildInfo(String softwareVersion, Instant startedAt) {

    public BuildInfo {
        Objects.requireNonNull(softwareVersion, "softwareVersion");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    /** The running software's version and now, or {@code SOURCE_DATE_EPOCH} when it is set. */
    public static BuildInfo current() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        Instant time = epoch != null && epoch.matches("\\d+")
                ? Instant.ofEpochSecond(Long.parseLong(epoch))
                : Instant.now().truncatedTo(ChronoUnit.SECONDS);
        return new BuildInfo(packagedVersion(), time);
    }

    /**
     * The running software's version and the time of the inputs: {@code SOURCE_DATE_EPOCH} when it
     * is set, else the modification time of the newest file under {@code seedsDir} (to the second),
     * so that the same inputs give the same release whenever and by whichever jar they are built.
     * The review files ({@code review/}), which a build writes itself, and {@code drafts/} are not
     * counted. Falls back to now if the directory has no file.
     */
    public static BuildInfo ofInputs(java.nio.file.Path seedsDir) {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d+")) {
            return new BuildInfo(packagedVersion(), Instant.ofEpochSecond(Long.parseLong(epoch)));
        }
        if (!java.nio.file.Files.isDirectory(seedsDir)) {
            return current();  // the missing seeds are reported where they are read
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(seedsDir)) {
            return files.filter(java.nio.file.Files::isRegularFile)
                    .filter(f -> !isWrittenByTheBuild(seedsDir.relativize(f)))
                    .map(BuildInfo::modified).max(Instant::compareTo)
                    .map(newest -> new BuildInfo(packagedVersion(), newest.truncatedTo(ChronoUnit.SECONDS)))
                    .orElseGet(BuildInfo::current);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dates of " + seedsDir, e);
        }
    }

    private static boolean isWrittenByTheBuild(java.nio.file.Path relative) {
        String first = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
        return first.equals("review") || first.equals("drafts");
    }

    private static Instant modified(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version the build stamped into {@code coldwar-version.properties}. */
    public static String packagedVersion() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("/coldwar-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
