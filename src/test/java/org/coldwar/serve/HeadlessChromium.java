package org.coldwar.serve;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Debian's headless Chromium driven over the DevTools protocol (a WebSocket), enough to
 * navigate, run JavaScript in the page and take a screenshot. Started on a free port with its
 * own profile directory; stopped by {@link #close()}.
 */
final class HeadlessChromium implements AutoCloseable {

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();

    private Path ownedProfile;

    private HeadlessChromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /**
     * Starts a browser with a new profile in a temporary directory of its own (not a JUnit
     * {@code @TempDir}: the browser's helpers may still be flushing the profile as a test ends),
     * removed when the browser is closed.
     */
    static HeadlessChromium start() throws Exception {
        Path profile = Files.createTempDirectory("coldwar-chromium").resolve("profile");
        HeadlessChromium browser = start(profile);
        browser.ownedProfile = profile;
        return browser;
    }

    /** The profile directory of a browser from {@link #start()}; its parent is the browser's own. */
    Path profile() {
        return ownedProfile;
    }

    static HeadlessChromium start(Path profile) throws Exception {
        Path binary = Path.of("/usr/bin/chromium");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("the browser test needs Debian's chromium: apt-get install chromium");
        }
        Process process = new ProcessBuilder(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
                "--window-size=1280,1000", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolveSibling("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.currentTimeMillis() + 30_000;
        while (!Files.exists(portFile) || Files.readAllLines(portFile).size() < 2) {
            if (System.currentTimeMillis() > deadline || !process.isAlive()) {
                process.destroyForcibly();
                throw new IllegalStateException("chromium did not start; see " + profile.resolveSibling("chromium.log"));
            }
            Thread.sleep(100);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        JsonArray targets = JSON.parseAny(list).getAsArray();
        String pageSocket = targets.stream().map(JsonValue::getAsObject)
                .filter(t -> t.get("type").getAsString().value().equals("page")).findFirst().orElseThrow()
                .get("webSocketDebuggerUrl").getAsString().value();
        HeadlessChromium[] self = new HeadlessChromium[1];
        WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            private final StringBuilder message = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                message.append(data);
                if (last) {
                    self[0].receive(message.toString());
                    message.setLength(0);
                }
                ws.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        self[0] = new HeadlessChromium(process, socket);
        return self[0];
    }

    private void receive(String text) {
        JsonObject message = JSON.parse(text);
        if (message.hasKey("id")) {
            CompletableFuture<JsonObject> waiting = pending.remove(message.get("id").getAsNumber().value().intValue());
            if (waiting != null) {
                waiting.complete(message);
            }
        }
    }

    /** Sends a DevTools command and returns its result object. */
    JsonObject call(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject command = new JsonObject();
        command.put("id", id);
        command.put("method", method);
        command.put("params", params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(command.toString(), true).get(10, TimeUnit.SECONDS);
        JsonObject response = answer.get(30, TimeUnit.SECONDS);
        if (response.hasKey("error")) {
            throw new IllegalStateException(method + ": " + response.get("error"));
        }
        return response.get("result").getAsObject();
    }

    void navigate(String url) throws Exception {
        JsonObject params = new JsonObject();
        params.put("url", url);
        call("Page.navigate", params);
        waitFor("document.readyState === 'complete' && location.href === '" + url.replace("'", "%27") + "'",
                Duration.ofSeconds(20));
    }

    /** Evaluates a JavaScript expression in the page; returns its value as a string. */
    String eval(String expression) throws Exception {
        JsonObject params = new JsonObject();
        params.put("expression", expression);
        params.put("returnByValue", true);
        JsonObject result = call("Runtime.evaluate", params).get("result").getAsObject();
        JsonValue value = result.get("value");
        return value == null ? "undefined" : value.isString() ? value.getAsString().value() : value.toString();
    }

    /**
     * Polls a JavaScript condition until it is true; fails after {@code timeout}. A poll that
     * meets a navigation (the page it was evaluated in went away) counts as not yet true.
     */
    void waitFor(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!"true".equals(evalAcrossNavigation("Boolean(" + condition + ")"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition + " at " + eval("location.href"));
            }
            Thread.sleep(100);
        }
    }

    /** As {@link #eval}, but {@code null} if the page navigated away while the expression was evaluated. */
    private String evalAcrossNavigation(String expression) throws Exception {
        try {
            return eval(expression);
        } catch (IllegalStateException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("navigated or closed") || message.contains("context was destroyed")
                    || message.contains("Cannot find context")) {
                return null;
            }
            throw e;
        }
    }

    /** Makes the page's viewport {@code width} by {@code height} CSS pixels, as a phone's when {@code mobile}. */
    void viewport(int width, int height, boolean mobile) throws Exception {
        JsonObject params = new JsonObject();
        params.put("width", width);
        params.put("height", height);
        params.put("deviceScaleFactor", 1);
        params.put("mobile", mobile);
        call("Emulation.setDeviceMetricsOverride", params);
    }

    /** A PNG screenshot of the viewport. */
    byte[] screenshot() throws Exception {
        JsonObject params = new JsonObject();
        params.put("format", "png");
        String data = call("Page.captureScreenshot", params).get("data").getAsString().value();
        return java.util.Base64.getDecoder().decode(data);
    }

    /** Stops the browser and every process it started (renderers, zygotes), and waits for them. */
    @Override
    public void close() throws IOException {
        socket.abort();
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process.toHandle());
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            try {
                handle.onExit().get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        if (ownedProfile != null) {
            try {
                org.coldwar.publish.Directories.deleteRecursively(ownedProfile.getParent());
            } catch (java.io.UncheckedIOException e) {
                // a late write by an exiting helper process; the temporary directory is left behind
            }
        }
    }
}
