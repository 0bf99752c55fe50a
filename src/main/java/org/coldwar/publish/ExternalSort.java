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
import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import org.apache.jena.riot.protobuf.ProtobufConvert;
import org.apache.jena.riot.protobuf.wire.PB_RDF;
import org.apache.jena.sparql.core.Quad;

/**
 * Sorts any number of statements in bounded memory and drops duplicates: statements are
 * buffered up to a fixed count, each full buffer is sorted and written to a run file (RDF
 * Protobuf rows), and {@link #sorted()} merges the runs. A full buffer is sorted and written on a
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

    /** Quads in the order of the dumps (graph, subject, predicate, object), in RDF Protobuf runs. */
    static final Codec<Quad> QUADS = protobufCodec(DumpWriter.QUADS,
            quad -> new Node[] {quad.getGraph(), quad.getSubject(), quad.getPredicate(), quad.getObject()},
            terms -> Quad.create(terms[0], terms[1], terms[2], terms[3]));

    /** Triples in the order of the dumps (subject, predicate, object), in RDF Protobuf runs. */
    static final Codec<Triple> TRIPLES = protobufCodec(DumpWriter.TRIPLES,
            triple -> new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()},
            terms -> Triple.create(terms[0], terms[1], terms[2]));

    /**
     * Runs as length-delimited rows of Jena's binary RDF Protobuf encoding, one a statement (its
     * terms in a quad row: graph, subject, predicate, object; a triple leaves the graph out), read
     * back without tokenizing text or resolving IRIs, which in N-Quads runs took half the time of
     * writing the dumps. A term equal to the one at the same place in the row before is written as
     * the encoding's REPEAT: runs are sorted, so the graph and the subject, often the predicate,
     * repeat from row to row, and are neither written again nor decoded again.
     */
    private static <T> Codec<T> protobufCodec(Comparator<T> order, Function<T, Node[]> terms,
            Function<Node[], T> statement) {
        return new Codec<>() {
            @Override
            public Comparator<T> order() {
                return order;
            }

            @Override
            public void write(List<T> sorted, OutputStream out) {
                try {
                    CodedOutputStream coded = CodedOutputStream.newInstance(out, 1 << 16);
                    Node[] previous = null;
                    for (T written : sorted) {
                        Node[] nodes = terms.apply(written);
                        PB_RDF.RDF_Quad.Builder row = PB_RDF.RDF_Quad.newBuilder();
                        for (int i = 0; i < nodes.length; i++) {
                            boolean same = previous != null && nodes[i].equals(previous[i]);
                            set(row, i + 4 - nodes.length, same ? REPEAT : ProtobufConvert.convert(nodes[i], false));
                        }
                        previous = nodes;
                        PB_RDF.RDF_Quad built = row.build();
                        coded.writeUInt32NoTag(built.getSerializedSize());
                        built.writeTo(coded);
                    }
                    coded.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            /** Reads the rows through one coded stream (a delimited parse would make one a row). */
            @Override
            public Iterator<T> read(InputStream in) {
                CodedInputStream coded = CodedInputStream.newInstance(in, 1 << 16);
                return new Iterator<>() {
                    private Node[] previous;
                    private T next = readRow();

                    private T readRow() {
                        try {
                            if (coded.isAtEnd()) {
                                return null;
                            }
                            int limit = coded.pushLimit(coded.readRawVarint32());
                            PB_RDF.RDF_Quad row = PB_RDF.RDF_Quad.parseFrom(coded);
                            coded.popLimit(limit);
                            coded.resetSizeCounter();
                            int arity = row.hasG() ? 4 : 3;
                            Node[] nodes = new Node[arity];
                            for (int i = 0; i < arity; i++) {
                                PB_RDF.RDF_Term term = get(row, i + 4 - arity);
                                nodes[i] = term.hasRepeat() ? previous[i] : ProtobufConvert.convert(term);
                            }
                            previous = nodes;
                            return statement.apply(nodes);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    public T next() {
                        if (next == null) {
                            throw new NoSuchElementException();
                        }
                        T value = next;
                        next = readRow();
                        return value;
                    }
                };
            }
        };
    }

    private static final PB_RDF.RDF_Term REPEAT = PB_RDF.RDF_Term.newBuilder()
            .setRepeat(PB_RDF.RDF_REPEAT.getDefaultInstance()).build();

    /** Sets the term at {@code place} of a row: 0 graph, 1 subject, 2 predicate, 3 object. */
    private static void set(PB_RDF.RDF_Quad.Builder row, int place, PB_RDF.RDF_Term term) {
        switch (place) {
            case 0 -> row.setG(term);
            case 1 -> row.setS(term);
            case 2 -> row.setP(term);
            default -> row.setO(term);
        }
    }

    private static PB_RDF.RDF_Term get(PB_RDF.RDF_Quad row, int place) {
        return switch (place) {
            case 0 -> row.getG();
            case 1 -> row.getS();
            case 2 -> row.getP();
            default -> row.getO();
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
