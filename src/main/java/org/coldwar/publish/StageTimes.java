package org.coldwar.publish;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Wall time of each stage of one build, in the order the stages began (stages on the two worker
 * threads overlap, so the figures need not add up to the build's wall time). Thread-safe.
 */
public final class StageTimes {

    private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());

    /** Runs {@code stage}, adds its wall time under {@code name}, and returns its result. */
    <T> T time(String name, Supplier<T> stage) {
        long start = System.nanoTime();
        try {
            return stage.get();
        } finally {
            add(name, (System.nanoTime() - start) / 1_000_000);
        }
    }

    void add(String name, long stageMillis) {
        millis.merge(name, stageMillis, Long::sum);
    }

    void time(String name, Runnable stage) {
        time(name, () -> {
            stage.run();
            return null;
        });
    }

    /** Stage name to milliseconds, in the order the stages began; a copy. */
    public Map<String, Long> millis() {
        synchronized (millis) {
            return new LinkedHashMap<>(millis);
        }
    }
}
