package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A family of interchangeable parts, such as battery cells or drive units.
 *
 * @param partFamilyId unique id
 * @param name display name
 * @param maxSupplierShare dual-sourcing rule: the largest share of a variant's volume one supplier
 *     may get, 0 to 1; {@code null} for no rule
 */
public record PartFamily(String partFamilyId, String name, @Nullable Double maxSupplierShare) {
    public PartFamily {
        requireNonNull(partFamilyId, "partFamilyId");
        requireNonNull(name, "name");
    }
}
