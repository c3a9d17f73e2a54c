package org.allianceplanner.model.plant;

/** Whether a platform line at a plant exists today or could be installed. */
public enum LineStatus {
    /** Installed today; costs its fixed cost per year while kept. */
    EXISTING,
    /** Could be installed or retooled at a one-off cost and after a lead time. */
    POSSIBLE
}
