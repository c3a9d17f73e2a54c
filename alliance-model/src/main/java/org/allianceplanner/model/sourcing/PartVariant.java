package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

/**
 * A variant of a part family, as bills of materials name it.
 *
 * @param variantId unique id
 * @param partFamilyId family it belongs to
 * @param name display name
 * @param unit unit of quantities and prices, e.g. {@code piece} or {@code kWh}
 */
public record PartVariant(String variantId, String partFamilyId, String name, String unit) {
    public PartVariant {
        requireNonNull(variantId, "variantId");
        requireNonNull(partFamilyId, "partFamilyId");
        requireNonNull(name, "name");
        requireNonNull(unit, "unit");
    }
}
