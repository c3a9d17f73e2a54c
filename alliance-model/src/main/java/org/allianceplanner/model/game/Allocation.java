package org.allianceplanner.model.game;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How one method splits a game's grand-coalition value, and whether the split is stable.
 *
 * <p>For a profit game each player receives its value; for a cost game each player pays it. A
 * coalition's <em>excess</em> under the split is what it would gain by leaving: {@code v(S) − x(S)} for
 * profits, {@code x(S) − c(S)} for costs. The split is in the core when no coalition has a positive
 * excess (within a tolerance relative to the game's values).
 *
 * @param method the method
 * @param values one value per player, in the game's player order; empty when the method is not
 *     defined for this game ({@code note} says why)
 * @param inCore true when no coalition would gain by leaving
 * @param blockingCoalition when not in core: the players of the coalition with the largest excess, in
 *     player order; empty otherwise
 * @param blockingExcess when not in core: that coalition's excess, what it would gain by leaving;
 *     0 otherwise
 * @param note how the split was obtained, or why it is not defined; may be empty
 */
public record Allocation(
        SharingMethod method,
        List<Double> values,
        boolean inCore,
        List<String> blockingCoalition,
        double blockingExcess,
        String note) {
    public Allocation {
        requireNonNull(method, "method");
        values = List.copyOf(values);
        blockingCoalition = List.copyOf(blockingCoalition);
        requireNonNull(note, "note");
    }

    /** True when the method gave a split for this game. */
    public boolean defined() {
        return !values.isEmpty();
    }
}
