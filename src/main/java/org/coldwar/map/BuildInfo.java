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
