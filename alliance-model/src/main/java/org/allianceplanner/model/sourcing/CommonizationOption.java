package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

/**
 * The option to replace one variant by another of the same family in every bill of materials.
 *
 * @param fromVariantId variant that would disappear
 * @param toVariantId variant that would be used instead
 * @param engineeringCost one-off cost of the change, in the scenario's base currency
 */
public record CommonizationOption(String fromVariantId, String toVariantId, double engineeringCost) {
    public CommonizationOption {
        requireNonNull(fromVariantId, "fromVariantId");
        requireNonNull(toVariantId, "toVariantId");
    }
}
