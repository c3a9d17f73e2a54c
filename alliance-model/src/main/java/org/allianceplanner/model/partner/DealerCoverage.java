package org.allianceplanner.model.partner;

import static java.util.Objects.requireNonNull;

/**
 * How much of a market a partner's dealer network reaches.
 *
 * @param partnerId owner of the network
 * @param marketId market covered
 * @param coverageShare share of the market's demand the network can reach, 0 to 1
 * @param commissionRate share of the net price this network charges for selling another partner's
 *     car, 0 to 1
 */
public record DealerCoverage(String partnerId, String marketId, double coverageShare, double commissionRate) {
    public DealerCoverage {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(marketId, "marketId");
    }
}
