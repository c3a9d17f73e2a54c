package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

/**
 * Units of one variant a supplier delivers to one plant per year, and what they cost landed.
 *
 * @param supplierId supplier site
 * @param variantId part variant delivered
 * @param plantId receiving plant
 * @param buyerPartnerId the plant's owner
 * @param unitsPerYear quantity, in the variant's unit
 * @param unitPrice price per unit at the tier the buying group reached, in the base currency
 * @param purchaseCost unitsPerYear × unitPrice
 * @param tariffCost import tariff on the purchase value, from the supplier's country into the plant's
 *     market
 * @param freightCost inbound freight from the supplier's country to the plant's country
 */
public record SourcingAward(
        String supplierId,
        String variantId,
        String plantId,
        String buyerPartnerId,
        double unitsPerYear,
        double unitPrice,
        double purchaseCost,
        double tariffCost,
        double freightCost) {
    public SourcingAward {
        requireNonNull(supplierId, "supplierId");
        requireNonNull(variantId, "variantId");
        requireNonNull(plantId, "plantId");
        requireNonNull(buyerPartnerId, "buyerPartnerId");
    }

    /** Purchase, tariff and freight together. */
    public double landedCost() {
        return purchaseCost + tariffCost + freightCost;
    }
}
