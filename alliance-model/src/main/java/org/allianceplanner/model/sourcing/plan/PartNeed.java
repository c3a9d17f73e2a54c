package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

/**
 * Parts one plant needs per year for its planned production: the production volumes times the bills
 * of materials, before any commonization. The plant's owner buys them.
 *
 * @param plantId plant
 * @param buyerPartnerId the plant's owner, who buys the parts
 * @param variantId part variant the bills of materials name
 * @param unitsPerYear quantity, in the variant's unit
 */
public record PartNeed(String plantId, String buyerPartnerId, String variantId, double unitsPerYear) {
    public PartNeed {
        requireNonNull(plantId, "plantId");
        requireNonNull(buyerPartnerId, "buyerPartnerId");
        requireNonNull(variantId, "variantId");
    }
}
