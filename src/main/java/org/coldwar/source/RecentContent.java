package org.coldwar.source;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The few source texts and TEI documents read most recently, held so that a stage working on
 * one source reads it once; older ones are dropped (and read again if asked for). Memory is
 * bounded by {@link #CAPACITY} sources' contents, whatever the number of sources.
 */
final class RecentContent {

    /** How many contents are held: a stage reads one source's text and TEI document at a time. */
    static final int CAPACITY = 8;

    private record Key(Object owner, String part) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.owner == owner && key.part.equals(part);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + part.hashCode();
        }
    }

    private static final Map<Key, Object> HELD = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > CAPACITY;
        }
    };

    private RecentContent() {
    }

    /** The {@code part} of {@code owner}, from the held ones or from {@code loader} (then held). */
    @SuppressWarnings("unchecked")
    static <T> T get(Object owner, String part, Supplier<T> loader) {
        Key key = new Key(owner, part);
        synchronized (HELD) {
            Object held = HELD.get(key);
            if (held != null) {
                return (T) held;
            }
        }
        T loaded = loader.get();
        synchronized (HELD) {
            HELD.put(key, loaded);
        }
        return loaded;
    }
}
