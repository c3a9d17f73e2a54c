package org.allianceplanner.model.footprint;

/**
 * Why demand stays unserved: the limit that binds in the plan's linear program with its plants and
 * lines fixed. Raising that limit (and only that one) lets the plan serve more of the demand, unless
 * the sentence says that another limit binds as well.
 */
public enum UnmetCause {
    /** The dealers available to the coalition do not reach more of the market, and the plan sells all they reach. */
    DEALER_REACH,
    /** No plant of the coalition has a line of the model's platform with a freight lane to the market. */
    NO_PRODUCTION_ROUTE,
    /** Every plant that could build it would sell it at a loss, tariff or not. */
    UNPROFITABLE,
    /** Every plant that could build it would sell it at a loss because of the tariff; without it one would earn. */
    TARIFF,
    /** The plants that could build it have no running line for it, and running one would cost more than it earns. */
    LINE_NOT_WORTH_RUNNING,
    /** The best plant that runs a line for it is full with more profitable vehicles. */
    PLANT_CAPACITY,
    /** The best plant's line for its platform is full with more profitable vehicles. */
    LINE_CAPACITY
}
