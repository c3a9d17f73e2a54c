package org.allianceplanner.bench.sourcing;

/**
 * The size of a synthetic purchasing scenario.
 *
 * @param partners carmakers, each buying for its own plants
 * @param plants plants, spread over the partners
 * @param variants part variants, in families of {@value SourcingScenarios#VARIANTS_PER_FAMILY}
 * @param suppliers supplier sites
 * @param tiers all-units price tiers per supplier and variant
 */
public record SourcingSize(int partners, int plants, int variants, int suppliers, int tiers) {
    public SourcingSize {
        if (partners < 1 || plants < partners || variants < 1 || suppliers < 2 || tiers < 1) {
            throw new IllegalArgumentException("A sourcing size needs at least one partner, one plant per partner,"
                    + " one variant, two suppliers and one tier: " + this);
        }
    }
}
