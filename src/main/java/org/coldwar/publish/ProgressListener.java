package org.coldwar.publish;

/**
 * Told as a build passes from one stage to the next (reading and mapping the seeds, validating
 * and writing the dumps, describing and swapping in), so that a command can show progress. Called
 * on the building thread, in order; must return quickly and not throw.
 */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that shows nothing. */
    ProgressListener NONE = (step, of, stage) -> {
    };

    /**
     * Stage {@code step} of {@code of} begins.
     *
     * @param stage what it does, in words, with its figures where known ("validating 38,910 quads")
     */
    void stage(int step, int of, String stage);
}
