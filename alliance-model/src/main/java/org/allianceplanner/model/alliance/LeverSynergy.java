package org.allianceplanner.model.alliance;

/**
 * A coalition's synergy lever by lever, base currency per year, each measured against its members'
 * own best plans.
 *
 * @param footprint joint production and distribution: joint profit minus the members' standalone
 *     profits
 * @param procurement pooled buying: the parts of the joint plan bought separately minus bought pooled
 * @param rnd joint R&amp;D: the value of the months to market saved (a one-off amount), annualized over
 *     the scenario's annualization years at its discount rate
 */
public record LeverSynergy(double footprint, double procurement, double rnd) {
    /** No synergy: a partner alone. */
    public static final LeverSynergy NONE = new LeverSynergy(0, 0, 0);

    /** The three levers together. */
    public double total() {
        return footprint + procurement + rnd;
    }
}
