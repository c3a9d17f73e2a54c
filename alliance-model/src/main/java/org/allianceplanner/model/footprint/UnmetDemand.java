package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

/**
 * Demand for a model in a market that the plan leaves unserved, and why.
 *
 * @param modelId vehicle model
 * @param marketId market
 * @param demandUnitsPerYear the market's demand
 * @param unmetUnitsPerYear the part the plan does not serve
 * @param cause why
 * @param sentence the finding as a planner reads it
 */
public record UnmetDemand(
        String modelId,
        String marketId,
        double demandUnitsPerYear,
        double unmetUnitsPerYear,
        UnmetCause cause,
        String sentence) {
    public UnmetDemand {
        requireNonNull(modelId, "modelId");
        requireNonNull(marketId, "marketId");
        requireNonNull(cause, "cause");
        requireNonNull(sentence, "sentence");
    }
}
