package org.allianceplanner.model.sourcing.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.allianceplanner.model.plan.SolveReport;

/**
 * The sourcing lever's plan for one coalition's part needs. Buying {@link #pooled() pooled}, a
 * supplier's tier is reached by all members' volume together and a commonization's engineering is paid
 * once; buying separately, each member reaches tiers and pays engineering on its own (supplier
 * capacity is shared either way).
 *
 * <p>When the solve found no plan, the lists other than {@link #needs()} are empty and {@link #cost()}
 * is zero; {@link #solve()} says why.
 *
 * @param partnerIds the coalition's members, sorted
 * @param pooled true when the members pool their volume and engineering
 * @param solve how the solve ended and what it proved; the objective is the cost per year
 * @param needs the parts each plant needs, before commonization
 * @param awards deliveries by supplier, variant and plant
 * @param tiers the tier each buying group reaches with each supplier and variant it buys
 * @param commonization every commonization option that concerns the members, adopted or not
 * @param cost the plan's cost per year, recomputed from the awards at the tiers their volumes reach
 * @param suppliersAtCapacity suppliers loaded to capacity
 * @param tiersJustMissed tiers reached whose next tier is within 15 % more volume
 * @param warmStarted true when the members' separate plan, priced at pooled tiers, was better than what
 *     the solver found in its limits and is the plan
 */
public record SourcingPlan(
        List<String> partnerIds,
        boolean pooled,
        SolveReport solve,
        List<PartNeed> needs,
        List<SourcingAward> awards,
        List<TierReached> tiers,
        List<CommonizationDecision> commonization,
        SourcingCost cost,
        List<SupplierAtCapacity> suppliersAtCapacity,
        List<TierReached> tiersJustMissed,
        boolean warmStarted) {
    public SourcingPlan {
        partnerIds = List.copyOf(partnerIds);
        requireNonNull(solve, "solve");
        needs = List.copyOf(needs);
        awards = List.copyOf(awards);
        tiers = List.copyOf(tiers);
        commonization = List.copyOf(commonization);
        requireNonNull(cost, "cost");
        suppliersAtCapacity = List.copyOf(suppliersAtCapacity);
        tiersJustMissed = List.copyOf(tiersJustMissed);
    }

    /**
     * One member's share of the cost: its awards plus an equal share of the engineering of each
     * commonization it adopts.
     */
    public double costOf(String partnerId) {
        double total = 0;
        for (SourcingAward award : awards) {
            if (award.buyerPartnerId().equals(partnerId)) {
                total += award.landedCost();
            }
        }
        for (CommonizationDecision decision : commonization) {
            if (decision.adopterPartnerIds().contains(partnerId)) {
                total +=
                        decision.annualizedCost() / decision.adopterPartnerIds().size();
            }
        }
        return total;
    }
}
