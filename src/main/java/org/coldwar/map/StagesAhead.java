package org.coldwar.map;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.coldwar.Futures;
import org.coldwar.source.SourceDocument;

/**
 * Runs the per-source stages on one thread of their own, a few sources ahead of the thread that
 * consumes their outputs in catalogue order (validating and sorting them), so that the two use
 * both cores. One thread, so that the stages still run one at a time and in order (OpenNLP's
 * models are not thread-safe, and review files and cache entries are written as before). At most
 * {@link #AHEAD} outputs wait, so memory holds a bounded number of sources' quads whatever the
 * corpus. A stage's exception is thrown by {@link #next()} at that source's turn.
 */
final class StagesAhead implements AutoCloseable {

    /** How many sources' outputs may be computed ahead of the consumer. */
    static final int AHEAD = 4;

    private final Iterator<SourceDocument> sources;
    private final Function<SourceDocument, DatasetAssembler.Produced> stage;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "source-stages");
        t.setDaemon(true);
        return t;
    });
    private final Deque<Future<DatasetAssembler.Produced>> pending = new ArrayDeque<>();

    StagesAhead(Iterable<SourceDocument> sources, Function<SourceDocument, DatasetAssembler.Produced> stage) {
        this.sources = sources.iterator();
        this.stage = stage;
        fill();
    }

    /** The next source's output, waiting for its stage if need be. */
    DatasetAssembler.Produced next() {
        Future<DatasetAssembler.Produced> head = pending.poll();
        if (head == null) {
            throw new NoSuchElementException();
        }
        fill();
        return Futures.await(head, "running a source's stage");
    }

    private void fill() {
        while (pending.size() < AHEAD && sources.hasNext()) {
            SourceDocument source = sources.next();
            pending.add(thread.submit(() -> stage.apply(source)));
        }
    }

    /**
     * Stops the stage thread: stages not begun are dropped, and a stage under way is let finish
     * (not interrupted, which would close the channel of a review file or cache entry it is
     * writing), waited for up to a minute.
     */
    @Override
    public void close() {
        pending.forEach(future -> future.cancel(false));
        thread.shutdown();
        try {
            thread.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
