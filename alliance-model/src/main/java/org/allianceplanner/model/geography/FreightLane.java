package org.allianceplanner.model.geography;

import static java.util.Objects.requireNonNull;

/**
 * Cost and time of shipping one finished vehicle from a country to a market.
 *
 * @param originCountryId country of the plant
 * @param marketId destination market
 * @param costPerUnit freight cost per vehicle, in the scenario's base currency
 * @param transitDays door-to-door transit time
 */
public record FreightLane(String originCountryId, String marketId, double costPerUnit, int transitDays) {
    public FreightLane {
        requireNonNull(originCountryId, "originCountryId");
        requireNonNull(marketId, "marketId");
    }
}
