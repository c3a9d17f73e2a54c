package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

/**
 * Vehicles of one model sold in one market through one partner's dealer network. When the network
 * belongs to another partner than the model's owner, the owner pays that network's commission.
 *
 * @param modelId vehicle model
 * @param marketId market
 * @param dealerPartnerId owner of the dealer network that sells them
 * @param unitsPerYear vehicles per year
 */
public record DealerSale(String modelId, String marketId, String dealerPartnerId, double unitsPerYear) {
    public DealerSale {
        requireNonNull(modelId, "modelId");
        requireNonNull(marketId, "marketId");
        requireNonNull(dealerPartnerId, "dealerPartnerId");
    }
}
