package org.allianceplanner.model.footprint;

/** Why demand stays unserved. */
public enum UnmetCause {
    /** The dealers available to the coalition do not reach that much of the market. */
    DEALER_REACH,
    /** No plant of the coalition has a line of the model's platform with a freight lane to the market. */
    NO_PRODUCTION_ROUTE,
    /** Every plant that could build it would sell it at a loss. */
    UNPROFITABLE,
    /** The plants that could build it have no running line for it, and running one would cost more than it earns. */
    LINE_NOT_WORTH_RUNNING,
    /** The plants and lines that can build it are full with more profitable vehicles. */
    CAPACITY
}
