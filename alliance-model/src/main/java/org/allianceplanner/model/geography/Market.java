package org.allianceplanner.model.geography;

import static java.util.Objects.requireNonNull;

/**
 * A sales market that is also a customs territory: all its countries share the import tariffs.
 *
 * @param marketId unique id
 * @param name display name
 * @param latitude representative point for maps, degrees north
 * @param longitude representative point for maps, degrees east
 */
public record Market(String marketId, String name, double latitude, double longitude) {
    public Market {
        requireNonNull(marketId, "marketId");
        requireNonNull(name, "name");
    }
}
