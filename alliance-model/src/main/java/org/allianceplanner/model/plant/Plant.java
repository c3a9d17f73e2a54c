package org.allianceplanner.model.plant;

import static java.util.Objects.requireNonNull;

/**
 * A vehicle assembly plant. Money is in the owner's currency.
 *
 * @param plantId unique id
 * @param partnerId owner
 * @param name display name
 * @param countryId where it stands
 * @param latitude degrees north
 * @param longitude degrees east
 * @param capacityUnitsPerYear vehicles per year over all lines
 * @param fixedCostPerYear cost of keeping it open for a year
 * @param closureCost one-off cost of closing it
 * @param conversionCostIndex multiplier on a model's base conversion cost when built here (1 = base)
 * @param closureAllowed whether a plan may close it
 */
public record Plant(
        String plantId,
        String partnerId,
        String name,
        String countryId,
        double latitude,
        double longitude,
        double capacityUnitsPerYear,
        double fixedCostPerYear,
        double closureCost,
        double conversionCostIndex,
        boolean closureAllowed) {
    public Plant {
        requireNonNull(plantId, "plantId");
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
        requireNonNull(countryId, "countryId");
    }

    /** This plant with another capacity. */
    public Plant withCapacity(double capacityUnitsPerYear) {
        return new Plant(
                plantId,
                partnerId,
                name,
                countryId,
                latitude,
                longitude,
                capacityUnitsPerYear,
                fixedCostPerYear,
                closureCost,
                conversionCostIndex,
                closureAllowed);
    }
}
