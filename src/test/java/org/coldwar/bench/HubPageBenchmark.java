package org.coldwar.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;

import org.coldwar.TestFiles;
import org.coldwar.map.IriMinter;
import org.coldwar.serve.ColdwarServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Prints the size and time of a hub entity's HTML page (Stalin) and of the first and last pages of
 * its Turtle document over N copies of the seeds ({@code -Dhub.copies}, 20: Stalin has 20 times
 * his claims), one client.
 * Figures only.
 */
@Tag("benchmark")
class HubPageBenchmark {

    private static final int REQUESTS = 15;

    @TempDir
    Path temp;

    @Test
    void hubPageFigures() throws Exception {
        int copies = Integer.getInteger("hub.copies", 20);
        Path release = TestFiles.releaseOfCopies(temp, copies).directory();
        IriMinter iris = IriMinter.of(IriMinter.DEFAULT_BASE);
        HttpClient http = HttpClient.newHttpClient();
        try (ColdwarServer server = ColdwarServer.start(ColdwarServer.Settings.of(release, iris, 0)
                .withStore(temp.resolve("store")))) {
            String last = http.send(HttpRequest.newBuilder(URI.create(server.url() + "entity/joseph_stalin.ttl")).build(),
                    HttpResponse.BodyHandlers.discarding()).headers().allValues("Link").stream()
                    .flatMap(links -> java.util.Arrays.stream(links.split(", ")))
                    .filter(link -> link.endsWith("rel=\"last\"")).findFirst()
                    .map(link -> link.substring(link.indexOf("?"), link.indexOf(">"))).orElse("");
            for (String[] asked : new String[][] {{"", "text/html"}, {"", "text/turtle"}, {last, "text/turtle"}}) {
                String accept = asked[1];
                HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "entity/joseph_stalin" + asked[0]))
                        .header("Accept", accept).build();
                int bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;  // warm-up
                long[] times = new long[REQUESTS];
                for (int i = 0; i < REQUESTS; i++) {
                    long start = System.nanoTime();
                    bytes = http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body().length;
                    times[i] = System.nanoTime() - start;
                }
                Arrays.sort(times);
                System.out.printf("BENCH %d copies of the seeds, GET /entity/joseph_stalin%s as %s: %,d bytes, best %.1f ms, "
                        + "median %.1f ms over %d requests%n", copies, asked[0], accept, bytes, times[0] / 1e6,
                        times[REQUESTS / 2] / 1e6, REQUESTS);
            }
        }
    }
}
