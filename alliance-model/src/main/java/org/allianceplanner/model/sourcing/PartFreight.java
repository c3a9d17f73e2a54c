package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

/**
 * Inbound freight of a part from a supplier's country to a plant's country.
 *
 * @param originCountryId supplier's country
 * @param destinationCountryId plant's country
 * @param partFamilyId part family, or {@code *} for every family not named elsewhere
 * @param costPerUnit freight per unit of the part, in the scenario's base currency
 */
public record PartFreight(
        String originCountryId, String destinationCountryId, String partFamilyId, double costPerUnit) {
    /** Wildcard for {@link #partFamilyId}. */
    public static final String ANY = "*";

    public PartFreight {
        requireNonNull(originCountryId, "originCountryId");
        requireNonNull(destinationCountryId, "destinationCountryId");
        requireNonNull(partFamilyId, "partFamilyId");
    }
}
