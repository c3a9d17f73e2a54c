package org.allianceplanner.model.sourcing;

import static java.util.Objects.requireNonNull;

/**
 * A parts supplier site. Its prices are in its own currency.
 *
 * @param supplierId unique id
 * @param name display name
 * @param countryId where it ships from
 * @param currency ISO 4217 code of its prices
 * @param capacityUnitsPerYear parts per year over all variants it offers, in their unit
 */
public record Supplier(String supplierId, String name, String countryId, String currency, double capacityUnitsPerYear) {
    public Supplier {
        requireNonNull(supplierId, "supplierId");
        requireNonNull(name, "name");
        requireNonNull(countryId, "countryId");
        requireNonNull(currency, "currency");
    }
}
