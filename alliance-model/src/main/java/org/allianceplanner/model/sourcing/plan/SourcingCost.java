package org.allianceplanner.model.sourcing.plan;

/**
 * What the plan's parts cost per year, in the base currency.
 *
 * @param purchase units times tier prices
 * @param tariffs import tariffs on the purchase value
 * @param inboundFreight freight from suppliers to plants
 * @param commonization engineering of adopted commonizations, annualized
 */
public record SourcingCost(double purchase, double tariffs, double inboundFreight, double commonization) {
    /** No cost: the breakdown of a run without a plan. */
    public static final SourcingCost ZERO = new SourcingCost(0, 0, 0, 0);

    /** The sum of the four. */
    public double total() {
        return purchase + tariffs + inboundFreight + commonization;
    }
}
