package org.allianceplanner.model.partner;

import static java.util.Objects.requireNonNull;

/**
 * Cultural and coordination cost between two partners: pooled engineering teams work at an
 * efficiency of {@code 1 - friction}. Symmetric; a pair not listed uses the scenario's default.
 *
 * @param partnerA one partner
 * @param partnerB the other partner
 * @param friction 0 (teams pool perfectly) to 1 (pooling brings nothing)
 */
public record Friction(String partnerA, String partnerB, double friction) {
    public Friction {
        requireNonNull(partnerA, "partnerA");
        requireNonNull(partnerB, "partnerB");
    }
}
