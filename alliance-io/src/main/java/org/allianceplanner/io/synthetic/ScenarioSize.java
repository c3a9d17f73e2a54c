package org.allianceplanner.io.synthetic;

/**
 * How big a synthetic scenario is.
 *
 * @param partners number of partners (at least 1)
 * @param plants number of plants, spread over the partners
 * @param models number of vehicle models, spread over the partners
 * @param markets number of markets (one country each)
 * @param demandRecords number of (model, market) demand rows, at most models × markets
 */
public record ScenarioSize(int partners, int plants, int models, int markets, int demandRecords) {
    public ScenarioSize {
        if (partners < 1 || plants < partners || models < partners || markets < 1) {
            throw new IllegalArgumentException("A scenario needs at least one partner, and at least one plant and one"
                    + " model per partner, and one market: " + this);
        }
        if (demandRecords < models || (long) demandRecords > (long) models * markets) {
            throw new IllegalArgumentException("demandRecords must lie between models (" + models
                    + ") and models × markets (" + (long) models * markets + "): " + demandRecords);
        }
    }

    /** The size of a large commercial network-design model, as issue #3 sets it. */
    public static final ScenarioSize LARGE = new ScenarioSize(8, 1_000, 1_300, 700, 200_000);
}
