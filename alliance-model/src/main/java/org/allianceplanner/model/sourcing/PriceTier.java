package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

/**
 * One all-units quantity-discount tier: from {@code minUnitsPerYear} on, every unit of the variant
 * bought from the supplier costs {@code pricePerUnit}. A supplier's tiers for a variant start at 0
 * and go up in volume and down in price.
 *
 * @param supplierId supplier
 * @param variantId part variant
 * @param minUnitsPerYear volume from which the tier applies
 * @param pricePerUnit price per unit in the supplier's currency
 */
public record PriceTier(String supplierId, String variantId, double minUnitsPerYear, double pricePerUnit) {
    public PriceTier {
        requireNonNull(supplierId, "supplierId");
        requireNonNull(variantId, "variantId");
    }
}
