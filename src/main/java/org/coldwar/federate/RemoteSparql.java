package org.coldwar.federate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Sends SELECT queries to remote SPARQL endpoints politely: only to endpoints the policy allows
 * (checked before any connection), with its User-Agent and timeout, accepting at most the
 * policy's row cap (the answer is read whole within the timeout, then refused if over the cap). A 429 answer is honoured: its {@code Retry-After} is waited out (up to the
 * policy's limit, then the call fails), and until then every call to that endpoint waits or
 * fails without contacting it. Requests to one endpoint are spaced to the policy's rate.
 * Thread-safe; one per server.
 */
public final class RemoteSparql {

    private final ServicePolicy policy;
    private final HttpClient http;
    private final Map<String, Instant> notBefore = new ConcurrentHashMap<>();
    private final Map<String, Instant> nextSlot = new ConcurrentHashMap<>();

    public RemoteSparql(ServicePolicy policy) {
        this.policy = policy;
        this.http = HttpClient.newBuilder().connectTimeout(policy.remoteTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public ServicePolicy policy() {
        return policy;
    }

    /** A remote call that did not give results: refused by policy, failed, timed out, over the cap. */
    public static final class RemoteException extends RuntimeException {
        private final int status;

        public RemoteException(String message) {
            this(message, 502);
        }

        RemoteException(String message, int status) {
            super(message);
            this.status = status;
        }

        /** The HTTP status that says what went wrong: 502 failed, 503 busy here, 504 timed out. */
        public int status() {
            return status;
        }
    }

    /** Runs {@code query} (SPARQL SELECT) at {@code endpoint}; returns its rows. */
    public List<Binding> select(String endpoint, String query) {
        if (!policy.allows(endpoint)) {
            throw new RemoteException("SERVICE <" + endpoint + "> is not allowed (allowed: "
                    + String.join(", ", policy.allowedEndpoints()) + ")");
        }
        String key = ServicePolicy.normalize(endpoint);
        for (int attempt = 0; ; attempt++) {
            waitForBackoff(key, endpoint);
            pace(key, endpoint);
            HttpResponse<byte[]> response = send(endpoint, query);
            if (response.statusCode() == 429) {
                Duration wait = retryAfter(response).orElse(Duration.ofSeconds(5));
                notBefore.put(key, Instant.now().plus(wait));
                if (attempt >= policy.maxRetries() || wait.compareTo(policy.maxRetryWait()) > 0) {
                    throw new RemoteException("<" + endpoint + "> asks us to slow down (429, retry after "
                            + wait.toSeconds() + " s); try again later");
                }
                continue;
            }
            if (response.statusCode() != 200) {
                throw new RemoteException("<" + endpoint + "> answered HTTP " + response.statusCode());
            }
            return rows(endpoint, response.body());
        }
    }

    private void waitForBackoff(String key, String endpoint) {
        Instant until = notBefore.get(key);
        if (until == null) {
            return;
        }
        Duration wait = Duration.between(Instant.now(), until);
        if (wait.isNegative()) {
            notBefore.remove(key, until);
            return;
        }
        if (wait.compareTo(policy.maxRetryWait()) > 0) {
            throw new RemoteException("<" + endpoint + "> asked us to wait until " + until + "; try again later");
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while waiting for <" + endpoint + ">");
        }
    }

    /**
     * Spaces the requests this server sends to one endpoint at least 1/{@code maxRequestsPerSecond}
     * apart, whatever the queries: waits for this request's turn, or fails (503) if that is
     * further off than the longest wait the policy allows.
     */
    private void pace(String key, String endpoint) {
        Duration interval = Duration.ofNanos(1_000_000_000L / policy.maxRequestsPerSecond());
        Instant now = Instant.now();
        Instant slot = nextSlot.compute(key, (k, previous) ->
                previous == null || previous.plus(interval).isBefore(now) ? now : previous.plus(interval));
        Duration wait = Duration.between(now, slot);
        if (wait.compareTo(policy.maxRetryWait()) > 0) {
            nextSlot.computeIfPresent(key, (k, last) -> last.equals(slot) ? last.minus(interval) : last);
            throw new RemoteException("this server is sending <" + endpoint + "> all the requests it may ("
                    + policy.maxRequestsPerSecond() + " per second); try again later", 503);
        }
        if (!wait.isNegative() && !wait.isZero()) {
            try {
                Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RemoteException("interrupted while waiting to call <" + endpoint + ">", 503);
            }
        }
    }

    private HttpResponse<byte[]> send(String endpoint, String query) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(policy.remoteTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new RemoteException("<" + endpoint + "> did not answer within " + policy.remoteTimeout().toSeconds() + " s", 504);
        } catch (IOException e) {
            throw new RemoteException("<" + endpoint + "> cannot be reached: "
                    + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted while calling <" + endpoint + ">");
        }
    }

    private List<Binding> rows(String endpoint, byte[] body) {
        RowSet rows;
        try {
            rows = RowSet.adapt(ResultSetMgr.read(new ByteArrayInputStream(body), ResultSetLang.RS_JSON));
        } catch (RuntimeException e) {
            throw new RemoteException("<" + endpoint + "> sent results that do not parse: " + e.getMessage());
        }
        List<Binding> list = new ArrayList<>();
        while (rows.hasNext()) {
            if (list.size() == policy.maxRows()) {
                throw new RemoteException("<" + endpoint + "> returned more than " + policy.maxRows()
                        + " rows; narrow the SERVICE pattern");
            }
            list.add(rows.next());
        }
        return list;
    }

    /** The wait a 429 asks for: Retry-After in seconds or as an HTTP date. */
    static java.util.Optional<Duration> retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After").map(String::strip).flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
            } catch (NumberFormatException notSeconds) {
                try {
                    Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                    Duration wait = Duration.between(Instant.now(), at);
                    return java.util.Optional.of(wait.isNegative() ? Duration.ZERO : wait);
                } catch (DateTimeParseException notDate) {
                    return java.util.Optional.empty();
                }
            }
        });
    }
}
