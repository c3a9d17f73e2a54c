package org.allianceplanner.engine.game;

/**
 * Told by {@link GainSharingSolver#split(org.allianceplanner.model.game.CooperativeGame, java.util.List,
 * SplitProgress)} when each step of a split has finished, so that a long game (up to 20 players, a
 * million coalitions) shows progress. Called on the splitting thread.
 */
@FunctionalInterface
public interface SplitProgress {
    /** Progress that is not shown. */
    SplitProgress NONE = (step, done, total) -> {};

    /**
     * Step {@code step}, the {@code done}-th of {@code total}, has finished.
     *
     * @param step what was computed, e.g. {@code least core} or {@code shapley}
     */
    void finished(String step, int done, int total);
}
