package org.allianceplanner.model.partner;

import static java.util.Objects.requireNonNull;

/**
 * A carmaker taking part in the scenario.
 *
 * @param partnerId unique id, used by every table that names an owner
 * @param name display name
 * @param homeCountryId country of the headquarters
 * @param currency ISO 4217 code of the money figures of rows this partner owns
 */
public record Partner(String partnerId, String name, String homeCountryId, String currency) {
    public Partner {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(name, "name");
        requireNonNull(homeCountryId, "homeCountryId");
        requireNonNull(currency, "currency");
    }
}
