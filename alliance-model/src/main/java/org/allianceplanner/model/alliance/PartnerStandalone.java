package org.allianceplanner.model.alliance;

import static java.util.Objects.requireNonNull;

import org.allianceplanner.model.footprint.FootprintPlan;
import org.allianceplanner.model.rnd.plan.RndPlan;
import org.allianceplanner.model.sourcing.plan.SourcingPlan;
import org.jspecify.annotations.Nullable;

/**
 * A partner's own best plans, lever by lever: what each coalition is measured against.
 *
 * @param partnerId the partner
 * @param footprint its footprint plan; its profit is the partner's standalone value
 * @param sourcing its parts bought alone, or null when the sourcing lever did not run
 * @param rnd its R&amp;D schedule alone, or null when the R&amp;D lever did not run
 */
public record PartnerStandalone(
        String partnerId, FootprintPlan footprint, @Nullable SourcingPlan sourcing, @Nullable RndPlan rnd) {
    public PartnerStandalone {
        requireNonNull(partnerId, "partnerId");
        requireNonNull(footprint, "footprint");
    }

    /** The partner's value alone: its footprint profit, base currency per year. */
    public double value() {
        return footprint.profit();
    }
}
