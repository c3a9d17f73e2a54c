package org.allianceplanner.model.game;

/** The ways of splitting a coalition's value among its members. */
public enum SharingMethod {
    /** Each player's average marginal contribution over all orders of joining. */
    SHAPLEY("shapley"),
    /**
     * The split that lexicographically minimizes the largest complaint (excess) of any coalition,
     * over the imputations.
     */
    NUCLEOLUS("nucleolus"),
    /**
     * The equal-profit method (Frisk et al. 2010): the split in the core (or least core when the core
     * is empty) whose players' relative gains over standing alone differ the least.
     */
    EQUAL_PROFIT("equal-profit"),
    /**
     * Nash bargaining with standing alone as the disagreement point: the surplus over the standalone
     * values split equally, or in proportion to the bargaining powers when they are given.
     */
    NASH("nash"),
    /** The grand coalition's value split in proportion to the standalone values. */
    PROPORTIONAL("proportional");

    private final String label;

    SharingMethod(String label) {
        this.label = label;
    }

    /** The lower-case name used in files and on the command line, e.g. {@code equal-profit}. */
    public String label() {
        return label;
    }
}
