package org.allianceplanner.model.geography;

import static java.util.Objects.requireNonNull;

/**
 * A country, belonging to exactly one market.
 *
 * @param countryId unique id, ISO 3166 alpha-2 by convention
 * @param name display name
 * @param marketId the market (customs territory) it belongs to
 */
public record Country(String countryId, String name, String marketId) {
    public Country {
        requireNonNull(countryId, "countryId");
        requireNonNull(name, "name");
        requireNonNull(marketId, "marketId");
    }
}
