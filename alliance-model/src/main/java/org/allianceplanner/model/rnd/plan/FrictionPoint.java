package org.allianceplanner.model.rnd.plan;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.model.plan.SolveStatus;

/**
 * The R&amp;D synergy of a coalition when every pair of its members has the same friction.
 *
 * @param friction the friction used for every pair, 0 to 1
 * @param synergyBase synergy in the base currency (see {@link RndComparison})
 * @param jointStatus how the coalition's solve ended at this friction
 */
public record FrictionPoint(double friction, double synergyBase, SolveStatus jointStatus) {
    public FrictionPoint {
        requireNonNull(jointStatus, "jointStatus");
    }
}
