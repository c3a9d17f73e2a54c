package org.allianceplanner.model.footprint;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A coalition's joint footprint plan measured against its members' standalone plans.
 *
 * @param coalitionId the coalition's id (from the scenario's candidate list, or its members joined by
 *     {@code +})
 * @param partnerIds its members, sorted
 * @param plan the joint plan
 * @param standaloneProfit the sum of the members' standalone profits, base currency per year
 * @param standaloneBreakdown the sum of the members' standalone breakdowns
 */
public record CoalitionFootprint(
        String coalitionId,
        List<String> partnerIds,
        FootprintPlan plan,
        double standaloneProfit,
        ProfitBreakdown standaloneBreakdown) {
    public CoalitionFootprint {
        requireNonNull(coalitionId, "coalitionId");
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(plan, "plan");
        requireNonNull(standaloneBreakdown, "standaloneBreakdown");
    }

    /** Joint profit minus the members' standalone profits: what pooling the footprint is worth a year. */
    public double synergy() {
        return plan.profit() - standaloneProfit;
    }

    /** Where the synergy comes from, item by item (a saved cost shows as a negative cost difference). */
    public ProfitBreakdown synergyBreakdown() {
        return plan.breakdown().minus(standaloneBreakdown);
    }
}
