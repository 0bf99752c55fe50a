package org.coldwar;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, with its failure thrown as the caller's own. */
public final class Futures {

    private Futures() {
    }

    /**
     * The result of {@code future}, waiting for it. A {@link RuntimeException} or {@link Error} the
     * work threw is thrown as it was (so that, e.g., an invalid-data exception keeps its problems);
     * anything else, and an interruption, as an {@link IllegalStateException} naming
     * {@code what} the caller was waiting for.
     */
    public static <T> T await(Future<T> future, String what) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("failed while " + what, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }
}
