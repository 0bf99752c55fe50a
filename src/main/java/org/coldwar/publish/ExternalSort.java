package org.coldwar.publish;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Function;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.coldwar.Futures;
import org.apache.jena.sparql.core.Quad;
import org.coldwar.map.TermRows;

/**
 * Sorts any number of statements in bounded memory and drops duplicates: statements are
 * buffered up to a fixed count, each full buffer is sorted and written to a run file
 * ({@link TermRows}), and {@link #sorted()} merges the runs. A full buffer is sorted and written on a
 * thread of its own while the next one fills, so that adding does not wait for the disk; memory
 * holds at most two buffers while adding and one statement per run while merging, whatever the
 * total.
 *
 * @param <T> {@link Quad} or {@link Triple}
 */
final class ExternalSort<T> implements AutoCloseable {

    /** How statements are compared, written to a run and read back from one. */
    interface Codec<T> {

        Comparator<T> order();

        void write(List<T> sorted, OutputStream out);

        Iterator<T> read(InputStream in);
    }

    /** Quads in the order of the dumps (graph, subject, predicate, object), in runs of {@link TermRows}. */
    static final Codec<Quad> QUADS = rowsCodec(DumpWriter.QUADS,
            quad -> new Node[] {quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()},
            terms -> Quad.create(terms[0], terms[1], terms[2], terms[3]));

    /** Triples in the order of the dumps (subject, predicate, object), in runs of {@link TermRows}. */
    static final Codec<Triple> TRIPLES = rowsCodec(DumpWriter.TRIPLES,
            triple -> new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()},
            terms -> Triple.create(terms[0], terms[1], terms[2]));

    /** Runs as {@link TermRows}: sorted, so the graph and the subject mostly repeat as one byte. */
    private static <T> Codec<T> rowsCodec(Comparator<T> order, Function<T, Node[]> terms,
            Function<Node[], T> statement) {
        return new Codec<>() {
            @Override
            public Comparator<T> order() {
                return order;
            }

            @Override
            public void write(List<T> sorted, OutputStream out) {
                TermRows.Writer rows = new TermRows.Writer(out);
                sorted.forEach(written -> rows.write(terms.apply(written)));
                rows.flush();
            }

            @Override
            public Iterator<T> read(InputStream in) {
                TermRows.Reader rows = new TermRows.Reader(in);
                return new Iterator<>() {
                    private Node[] next = rows.next();

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public T next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        T value = statement.apply(next);
                        next = rows.next();
                        return value;
                    }
                };
            }
        };
    }

    private final Path dir;
    private final String name;
    private final int bufferSize;
    private final Codec<T> codec;
    private List<T> buffer = new ArrayList<>();
    private final java.util.concurrent.ExecutorService spiller = java.util.concurrent.Executors
            .newSingleThreadExecutor(runnable -> {
                Thread thread = new Thread(runnable, "sort-runs");
                thread.setDaemon(true);
                return thread;
            });
    private java.util.concurrent.Future<?> spilling;
    private final List<Path> runs = new ArrayList<>();
    private final List<InputStream> open = new ArrayList<>();
    private long added;

    /**
     * @param dir where run files go (removed by {@link #close})
     * @param bufferSize how many statements are held before a run is written (two buffers may be
     *     held while one is written)
     */
    ExternalSort(Path dir, String name, int bufferSize, Codec<T> codec) {
        this.dir = dir;
        this.name = name;
        this.bufferSize = bufferSize;
        this.codec = codec;
    }

    void add(T statement) {
        buffer.add(statement);
        added++;
        if (buffer.size() >= bufferSize) {
            spill();
        }
    }

    /** How many statements were added, duplicates included. */
    long added() {
        return added;
    }

    /**
     * Every distinct statement added, in order. Call once, after the last {@link #add}; the
     * iterator reads the runs until it is exhausted or this sort is closed.
     */
    Iterator<T> sorted() {
        if (runs.isEmpty()) {
            buffer.sort(codec.order());
            return distinct(buffer.iterator());
        }
        spill();
        awaitSpill();
        PriorityQueue<Head<T>> heads = new PriorityQueue<>((a, b) -> codec.order().compare(a.next, b.next));
        for (Path run : runs) {
            try {
                InputStream in = new BufferedInputStream(Files.newInputStream(run), 1 << 16);
                open.add(in);
                Iterator<T> it = codec.read(in);
                if (it.hasNext()) {
                    heads.add(new Head<>(it.next(), it));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return distinct(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !heads.isEmpty();
            }

            @Override
            public T next() {
                Head<T> head = heads.poll();
                if (head == null) {
                    throw new NoSuchElementException();
                }
                T value = head.next;
                if (head.rest.hasNext()) {
                    heads.add(new Head<>(head.rest.next(), head.rest));
                }
                return value;
            }
        });
    }

    private Iterator<T> distinct(Iterator<T> sorted) {
        return new Iterator<>() {
            private T pending = sorted.hasNext() ? sorted.next() : null;

            @Override
            public boolean hasNext() {
                return pending != null;
            }

            @Override
            public T next() {
                if (pending == null) {
                    throw new NoSuchElementException();
                }
                T value = pending;
                pending = null;
                while (sorted.hasNext()) {
                    T candidate = sorted.next();
                    if (!candidate.equals(value)) {
                        pending = candidate;
                        break;
                    }
                }
                return value;
            }
        };
    }

    /** Hands the full buffer to the run writer, once the run before it is written. */
    private void spill() {
        awaitSpill();
        if (buffer.isEmpty()) {
            return;
        }
        List<T> full = buffer;
        buffer = new ArrayList<>(full.size());
        Path run = dir.resolve(name + "-" + runs.size() + ".run");
        runs.add(run);
        spilling = spiller.submit(() -> {
            full.sort(codec.order());
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                codec.write(full, out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + run, e);
            }
        });
    }

    /** Waits for the run being written, if any; its failure is thrown here. */
    private void awaitSpill() {
        if (spilling == null) {
            return;
        }
        try {
            Futures.await(spilling, "writing a sorted run");
        } finally {
            spilling = null;
        }
    }

    /** Closes the runs being read and deletes them. */
    @Override
    public void close() {
        spiller.shutdown();
        try {
            spiller.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (InputStream in : open) {
            try {
                in.close();
            } catch (IOException e) {
                // deleting it below is what matters
            }
        }
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        buffer.clear();
    }

    private record Head<T>(T next, Iterator<T> rest) {
    }
}
