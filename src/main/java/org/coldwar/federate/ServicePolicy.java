package org.coldwar.federate;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.coldwar.map.BuildInfo;

/**
 * What a federated call may do: which SPARQL endpoints SERVICE may reach (nothing else is ever
 * contacted), how long a remote call may take, how many rows it may bring back, the
 * User-Agent it announces (Wikidata asks every client for a descriptive one), how many requests
 * one query may send to one endpoint, and how many requests per second the server sends to one
 * endpoint in all.
 */
public record ServicePolicy(Set<String> allowedEndpoints, Duration remoteTimeout, int maxRows, int maxRetries,
        Duration maxRetryWait, String userAgent, int maxRequestsPerQuery, int maxRequestsPerSecond) {

    /** Wikidata's public SPARQL endpoint, allowed by default. */
    public static final String WIKIDATA = "https://query.wikidata.org/sparql";

    public ServicePolicy {
        allowedEndpoints = Set.copyOf(allowedEndpoints);
        Objects.requireNonNull(remoteTimeout, "remoteTimeout");
        if (remoteTimeout.isNegative() || remoteTimeout.isZero()) {
            throw new IllegalArgumentException("the remote timeout must be positive, was " + remoteTimeout.toSeconds() + " s");
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0, was " + maxRetries);
        }
        if (maxRequestsPerQuery < 1) {
            throw new IllegalArgumentException("maxRequestsPerQuery must be at least 1, was " + maxRequestsPerQuery);
        }
        if (maxRequestsPerSecond < 1) {
            throw new IllegalArgumentException("maxRequestsPerSecond must be at least 1, was " + maxRequestsPerSecond);
        }
    }

    /**
     * Wikidata only, 20 s per call, 10,000 rows, two retries after a 429 waiting at most 10 s
     * each, 20 requests per query and endpoint, 5 requests per second and endpoint.
     */
    public static ServicePolicy defaults() {
        return new ServicePolicy(Set.of(WIKIDATA), Duration.ofSeconds(20), 10_000, 2, Duration.ofSeconds(10),
                "coldwar/" + BuildInfo.packagedVersion()
                        + " (https://w3id.org/coldwar/; Cold War claims linked-data publisher) Java-http-client", 20, 5);
    }

    /** This policy, also allowing {@code endpoints} (absolute http(s) URLs). */
    public ServicePolicy allowing(List<String> endpoints) {
        Set<String> all = new LinkedHashSet<>(allowedEndpoints);
        for (String endpoint : endpoints) {
            all.add(normalize(endpoint));
        }
        return new ServicePolicy(all, remoteTimeout, maxRows, maxRetries, maxRetryWait, userAgent, maxRequestsPerQuery,
                maxRequestsPerSecond);
    }

    public ServicePolicy withRemoteTimeout(Duration timeout) {
        return new ServicePolicy(allowedEndpoints, timeout, maxRows, maxRetries, maxRetryWait, userAgent, maxRequestsPerQuery,
                maxRequestsPerSecond);
    }

    public ServicePolicy withMaxRows(int rows) {
        return new ServicePolicy(allowedEndpoints, remoteTimeout, rows, maxRetries, maxRetryWait, userAgent, maxRequestsPerQuery,
                maxRequestsPerSecond);
    }

    public ServicePolicy withRequestBudget(int perQuery, int perSecond) {
        return new ServicePolicy(allowedEndpoints, remoteTimeout, maxRows, maxRetries, maxRetryWait, userAgent, perQuery,
                perSecond);
    }

    /** True if SERVICE may call {@code endpoint} (compared after normalization). */
    public boolean allows(String endpoint) {
        try {
            return allowedEndpoints.contains(normalize(endpoint));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The canonical form of an endpoint URL: lower-case scheme and host, no default port, no
     * fragment. Rejects anything but absolute http(s) URLs.
     */
    public static String normalize(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a URL: " + endpoint);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalArgumentException("a SERVICE endpoint must be an absolute http(s) URL: " + endpoint);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port)
                + (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
