package org.allianceplanner.model.vehicle;

import static java.util.Objects.requireNonNull;

/**
 * Demand for a model in a market, and what each sale brings. Money is in the model owner's currency.
 *
 * @param modelId vehicle model
 * @param marketId market
 * @param unitsPerYear vehicles the market would buy per year
 * @param netPricePerUnit price the maker receives per vehicle, net of dealer margin and incentives,
 *     before tariffs
 */
public record Demand(String modelId, String marketId, double unitsPerYear, double netPricePerUnit) {
    public Demand {
        requireNonNull(modelId, "modelId");
        requireNonNull(marketId, "marketId");
    }
}
